package io.github.townhall.html;

import io.github.townhall.site.SiteUrls;
import java.net.URI;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How {@link HtmlSite} renders pages: where they live, in which language, which day is "today",
 * what is shown of attendance, where JSON-LD and calendar files come from.
 *
 * <pre>{@code
 * HtmlOptions options = HtmlOptions.builder(SiteUrls.of(URI.create("https://imp-acte.example.org/")))
 *         .siteName("IMP'acte")
 *         .language(Locale.FRENCH)
 *         .asOf(LocalDate.of(2017, 12, 6))
 *         .icsPath("sessions/{id}.ics")
 *         .build();
 * }</pre>
 *
 * @param urls the addresses of the site's pages and feed
 * @param siteName the name in every page's header and title, or null for the organisation's name
 * @param language the pages' language: French or English (the labels exist in both)
 * @param asOf the day that splits the agenda into upcoming and past sessions, or null to list every
 *     dated session in date order (the clock is never read)
 * @param showAttendees whether attendance lists and people of the archive's register are named
 *     (false by default: head counts and profiles only, people of the register never named)
 * @param jsonLd where each page's JSON-LD comes from ({@link JsonLdSource#none()} by default)
 * @param icsPath the path of a session's own calendar file relative to the base, holding {@code
 *     {id}} (such as {@code sessions/{id}.ics}), or null for no such link; the files themselves are
 *     written by the ical module
 * @param alternates the same site in other languages, by language (empty by default): when the
 *     caller publishes the site in both French and English, a page whose record exists in both
 *     languages links to itself and its counterpart with {@code hreflang}, and to the page in the
 *     record's original language as {@code x-default}; a page whose record exists in one language
 *     only links to no other (see {@link HtmlSite})
 * @since 0.1
 */
public record HtmlOptions(
        SiteUrls urls,
        @Nullable String siteName,
        Locale language,
        @Nullable LocalDate asOf,
        boolean showAttendees,
        JsonLdSource jsonLd,
        @Nullable String icsPath,
        Map<Locale, SiteUrls> alternates) {

    /**
     * Creates the options.
     *
     * @param urls the addresses of the site's pages and feed
     * @param siteName the name in every page's header and title, or null for the organisation's name
     * @param language the pages' language: French or English (the labels exist in both)
     * @param asOf the day that splits the agenda into upcoming and past sessions, or null to list every
     *     dated session in date order (the clock is never read)
     * @param showAttendees whether attendance lists and people of the archive's register are named
     *     (false by default: head counts and profiles only, people of the register never named)
     * @param jsonLd where each page's JSON-LD comes from ({@link JsonLdSource#none()} by default)
     * @param icsPath the path of a session's own calendar file relative to the base, holding {@code
     *     {id}} (such as {@code sessions/{id}.ics}), or null for no such link; the files themselves are
     *     written by the ical module
     * @param alternates the same site in other languages, by language: a page links to its
     *     counterparts with {@code hreflang} when its record exists in their languages (empty by
     *     default)
     * @throws NullPointerException if {@code urls}, {@code language}, {@code jsonLd} or {@code
     *     alternates} is null, or {@code alternates} holds null
     * @throws IllegalArgumentException if the language is neither French nor English, if {@code
     *     siteName} is blank, if {@code icsPath} lacks {@code {id}} or is not relative, or if
     *     {@code alternates} holds the pages' own language or a language other than French or English
     */
    public HtmlOptions {
        Objects.requireNonNull(urls, "urls");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(jsonLd, "jsonLd");
        Objects.requireNonNull(alternates, "alternates");
        language = supported(language, "language");
        if (siteName != null && siteName.isBlank()) {
            throw new IllegalArgumentException("siteName must not be blank; pass null for the organisation's name");
        }
        if (icsPath != null) {
            if (!icsPath.contains("{id}")) {
                throw new IllegalArgumentException(
                        "icsPath must hold {id}, where the session's id goes, such as sessions/{id}.ics: " + icsPath);
            }
            URI uri = URI.create(icsPath.replace("{id}", "x"));
            if (uri.isAbsolute() || icsPath.startsWith("/") || icsPath.startsWith("\\")) {
                throw new IllegalArgumentException("icsPath must be relative to the base: " + icsPath);
            }
        }
        Map<Locale, SiteUrls> copy = new LinkedHashMap<>();
        for (Map.Entry<Locale, SiteUrls> entry : alternates.entrySet()) {
            Locale other = supported(Objects.requireNonNull(entry.getKey(), "alternates key"), "alternates key");
            if (other.equals(language)) {
                throw new IllegalArgumentException("alternates must not hold the pages' own language "
                        + language.toLanguageTag() + "; it lists the site in other languages");
            }
            copy.put(other, Objects.requireNonNull(entry.getValue(), () -> "alternates[" + other + "]"));
        }
        alternates = Collections.unmodifiableMap(copy);
    }

    private static Locale supported(Locale language, String name) {
        String tag = language.getLanguage();
        if (tag.equals("fr")) {
            return Locale.FRENCH;
        }
        if (tag.equals("en")) {
            return Locale.ENGLISH;
        }
        throw new IllegalArgumentException(
                name + " must be French or English, the languages pages have labels in: " + language.toLanguageTag());
    }

    /**
     * Starts building options with the defaults: French, no {@code asOf}, attendees not shown, no
     * JSON-LD, no per-session calendar link, no alternates, the organisation's name as site name.
     *
     * @param urls the addresses of the site's pages, not null
     * @return a new builder, not null
     * @throws NullPointerException if {@code urls} is null
     */
    public static Builder builder(SiteUrls urls) {
        return new Builder(Objects.requireNonNull(urls, "urls"));
    }

    /**
     * Builds {@link HtmlOptions}; not thread-safe, each setter returns the builder.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final SiteUrls urls;
        private @Nullable String siteName;
        private Locale language = Locale.FRENCH;
        private @Nullable LocalDate asOf;
        private boolean showAttendees;
        private JsonLdSource jsonLd = JsonLdSource.none();
        private @Nullable String icsPath;
        private final Map<Locale, SiteUrls> alternates = new LinkedHashMap<>();

        private Builder(SiteUrls urls) {
            this.urls = urls;
        }

        /**
         * Sets the site's name.
         *
         * @param name the name, or null for the organisation's name
         * @return this builder, not null
         */
        public Builder siteName(@Nullable String name) {
            this.siteName = name;
            return this;
        }

        /**
         * Sets the pages' language.
         *
         * @param language French or English, not null
         * @return this builder, not null
         */
        public Builder language(Locale language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * Sets the day that splits the agenda into upcoming (that day and later) and past sessions.
         *
         * @param day the day, or null to list every dated session in date order
         * @return this builder, not null
         */
        public Builder asOf(@Nullable LocalDate day) {
            this.asOf = day;
            return this;
        }

        /**
         * Sets whether attendance lists and people of the register are named (personal data: off by
         * default).
         *
         * @param show whether to name them
         * @return this builder, not null
         */
        public Builder showAttendees(boolean show) {
            this.showAttendees = show;
            return this;
        }

        /**
         * Sets where the pages' JSON-LD comes from.
         *
         * @param source the source, not null
         * @return this builder, not null
         */
        public Builder jsonLd(JsonLdSource source) {
            this.jsonLd = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * Sets the path of a session's own calendar file, relative to the base.
         *
         * @param path the path holding {@code {id}}, or null for no link
         * @return this builder, not null
         */
        public Builder icsPath(@Nullable String path) {
            this.icsPath = path;
            return this;
        }

        /**
         * Adds the same site in another language, for {@code hreflang} links: a page links to its
         * counterpart there when its record exists in that language too.
         *
         * @param language French or English, not the pages' own, not null
         * @param addresses the addresses of that site's pages, not null
         * @return this builder, not null
         */
        public Builder alternate(Locale language, SiteUrls addresses) {
            alternates.put(
                    Objects.requireNonNull(language, "language"), Objects.requireNonNull(addresses, "addresses"));
            return this;
        }

        /**
         * {@return the options, not null}
         *
         * @throws IllegalArgumentException as {@link HtmlOptions#HtmlOptions} says
         */
        public HtmlOptions build() {
            return new HtmlOptions(urls, siteName, language, asOf, showAttendees, jsonLd, icsPath, alternates);
        }
    }
}
