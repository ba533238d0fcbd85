package io.github.townhall.ical;

import io.github.townhall.ical.internal.Version;
import io.github.townhall.site.SiteUrls;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How {@link IcalWriter} writes feeds: the domain of the UIDs, the language of the generated
 * text, and the policies for sessions the model cannot place exactly.
 *
 * <pre>{@code
 * IcalOptions options = IcalOptions.builder("idc.example.org")
 *         .language(Locale.FRENCH)
 *         .tentativePolicy(TentativePolicy.ALL_DAY)
 *         .assumedDuration(Duration.ofMinutes(90))
 *         .build();
 * }</pre>
 *
 * <p>Defaults, each with its reason:
 * <ul>
 *   <li>language: none, so every text is written in its original language, and the labels we
 *       add ("Intervenants", "Speakers") follow the session's title; French and English labels
 *       are built in, any other language gets English labels;
 *   <li>{@link TentativePolicy#OMIT}: a session with only a tentative period has no time a
 *       calendar can show (a session with no date yet is left out under every policy: it has no
 *       day at all);
 *   <li>assumed duration two hours: a session with a start and no known end ("à 18h") is written
 *       with DTEND two hours later and {@code X-TOWNHALL-END:ASSUMED}, which our reader turns
 *       back into an open end, so the assumption never reaches the record;
 *   <li>no clock: DTSTAMP is the session's last revision time (else its creation time, else
 *       1970-01-01T00:00:00Z), so the same input gives the same bytes;
 *   <li>refresh interval one day (REFRESH-INTERVAL and X-PUBLISHED-TTL);
 *   <li>members-only sessions left out: feeds are public (and no feed, whatever the options,
 *       holds attendance, attendees or the roles people held at a meeting);
 *   <li>the feed URL: none, so URL is the organisation's (or cycle's) website when known;
 *   <li>the product version in PRODID: this library's version.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class IcalOptions {
    private final String domain;
    private final @Nullable Locale language;
    private final TentativePolicy tentativePolicy;
    private final Duration assumedDuration;
    private final @Nullable Clock clock;
    private final Duration refreshInterval;
    private final boolean includeMembersOnly;
    private final @Nullable URI feedUrl;
    private final @Nullable SiteUrls siteUrls;
    private final String productVersion;

    private IcalOptions(Builder builder) {
        this.domain = builder.domain;
        this.language = builder.language;
        this.tentativePolicy = builder.tentativePolicy;
        this.assumedDuration = builder.assumedDuration;
        this.clock = builder.clock;
        this.refreshInterval = builder.refreshInterval;
        this.includeMembersOnly = builder.includeMembersOnly;
        this.feedUrl = builder.feedUrl;
        this.siteUrls = builder.siteUrls;
        this.productVersion = builder.productVersion;
    }

    /**
     * Obtains the default options for a UID domain.
     *
     * @param domain the domain that ends every UID ({@code <session id>@<domain>}), not null
     * @return the options, not null
     * @throws IllegalArgumentException if the domain is blank or holds characters a UID cannot
     */
    public static IcalOptions defaults(String domain) {
        return builder(domain).build();
    }

    /**
     * Starts building options.
     *
     * @param domain the domain that ends every UID ({@code <session id>@<domain>}), not null
     * @return a new builder, not null
     * @throws IllegalArgumentException if the domain is blank or holds characters a UID cannot
     */
    public static Builder builder(String domain) {
        return new Builder(domain);
    }

    /**
     * Returns a builder holding these options, to change some of them.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder(domain);
        builder.language = language;
        builder.tentativePolicy = tentativePolicy;
        builder.assumedDuration = assumedDuration;
        builder.clock = clock;
        builder.refreshInterval = refreshInterval;
        builder.includeMembersOnly = includeMembersOnly;
        builder.feedUrl = feedUrl;
        builder.siteUrls = siteUrls;
        builder.productVersion = productVersion;
        return builder;
    }

    /**
     * Returns the domain that ends every UID.
     *
     * @return the domain, not null
     */
    public String domain() {
        return domain;
    }

    /**
     * Returns the language of the written text.
     *
     * @return the language, or null to write each text in its original language
     */
    public @Nullable Locale language() {
        return language;
    }

    /**
     * Returns what to do with sessions known only by a tentative period.
     *
     * @return the policy, not null
     */
    public TentativePolicy tentativePolicy() {
        return tentativePolicy;
    }

    /**
     * Returns the duration assumed for a session with no known end.
     *
     * @return a positive duration, not null
     */
    public Duration assumedDuration() {
        return assumedDuration;
    }

    /**
     * Returns the clock DTSTAMP is read from.
     *
     * @return the clock, or null to stamp each event with its revision time
     */
    public @Nullable Clock clock() {
        return clock;
    }

    /**
     * Returns how often subscribers should refresh the feed.
     *
     * @return a positive duration, not null
     */
    public Duration refreshInterval() {
        return refreshInterval;
    }

    /**
     * Returns whether members-only sessions go into feeds.
     *
     * @return true to include them
     */
    public boolean includeMembersOnly() {
        return includeMembersOnly;
    }

    /**
     * Returns the URL the feed is published at.
     *
     * @return the URL, or null when none is set
     */
    public @Nullable URI feedUrl() {
        return feedUrl;
    }

    /**
     * Returns where the site's session pages live: when set, each event's URL is its session's page
     * and DESCRIPTION ends with that address, so that people find their way back from their calendar.
     *
     * @return the site's addresses, or null when none are set
     * @since 0.1
     */
    public @Nullable SiteUrls siteUrls() {
        return siteUrls;
    }

    /**
     * Returns the version PRODID names.
     *
     * @return the version, not null
     */
    public String productVersion() {
        return productVersion;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other == this
                || (other instanceof IcalOptions that
                        && domain.equals(that.domain)
                        && Objects.equals(language, that.language)
                        && tentativePolicy == that.tentativePolicy
                        && assumedDuration.equals(that.assumedDuration)
                        && Objects.equals(clock, that.clock)
                        && refreshInterval.equals(that.refreshInterval)
                        && includeMembersOnly == that.includeMembersOnly
                        && Objects.equals(feedUrl, that.feedUrl)
                        && Objects.equals(siteUrls, that.siteUrls)
                        && productVersion.equals(that.productVersion));
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                domain,
                language,
                tentativePolicy,
                assumedDuration,
                clock,
                refreshInterval,
                includeMembersOnly,
                feedUrl,
                siteUrls,
                productVersion);
    }

    @Override
    public String toString() {
        return "IcalOptions[" + domain + ", " + (language == null ? "original language" : language.toLanguageTag())
                + ", " + tentativePolicy + ", assumed " + assumedDuration + "]";
    }

    /** Builds {@link IcalOptions}. A builder is not thread-safe. */
    public static final class Builder {
        private final String domain;
        private @Nullable Locale language;
        private TentativePolicy tentativePolicy = TentativePolicy.OMIT;
        private Duration assumedDuration = Duration.ofHours(2);
        private @Nullable Clock clock;
        private Duration refreshInterval = Duration.ofDays(1);
        private boolean includeMembersOnly;
        private @Nullable URI feedUrl;
        private @Nullable SiteUrls siteUrls;
        private String productVersion = Version.VERSION;

        private Builder(String domain) {
            Objects.requireNonNull(domain, "domain");
            if (domain.isBlank() || !domain.matches("[A-Za-z0-9.-]+")) {
                throw new IllegalArgumentException(
                        "A UID domain is made of letters, digits, dots and hyphens: '" + domain + "'");
            }
            this.domain = domain;
        }

        /**
         * Sets the language of the written text.
         *
         * @param language the language, or null for each text's original language
         * @return this builder
         */
        public Builder language(@Nullable Locale language) {
            this.language = language;
            return this;
        }

        /**
         * Sets what to do with sessions known only by a tentative period.
         *
         * @param tentativePolicy the policy, not null
         * @return this builder
         */
        public Builder tentativePolicy(TentativePolicy tentativePolicy) {
            this.tentativePolicy = Objects.requireNonNull(tentativePolicy, "tentativePolicy");
            return this;
        }

        /**
         * Sets the duration assumed for a session with no known end.
         *
         * @param assumedDuration a positive duration, not null
         * @return this builder
         * @throws IllegalArgumentException if the duration is zero or negative
         */
        public Builder assumedDuration(Duration assumedDuration) {
            this.assumedDuration = positive(assumedDuration, "assumedDuration");
            return this;
        }

        /**
         * Sets the clock DTSTAMP is read from: every event of a feed then carries the instant
         * the feed was written.
         *
         * @param clock the clock, or null to stamp each event with its revision time
         * @return this builder
         */
        public Builder clock(@Nullable Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Sets how often subscribers should refresh the feed.
         *
         * @param refreshInterval a positive duration, not null
         * @return this builder
         * @throws IllegalArgumentException if the duration is zero or negative
         */
        public Builder refreshInterval(Duration refreshInterval) {
            this.refreshInterval = positive(refreshInterval, "refreshInterval");
            return this;
        }

        /**
         * Sets whether members-only sessions go into feeds.
         *
         * @param includeMembersOnly true to include them
         * @return this builder
         */
        public Builder includeMembersOnly(boolean includeMembersOnly) {
            this.includeMembersOnly = includeMembersOnly;
            return this;
        }

        /**
         * Sets the URL the feed is published at.
         *
         * @param feedUrl the URL, or null
         * @return this builder
         */
        public Builder feedUrl(@Nullable URI feedUrl) {
            this.feedUrl = feedUrl;
            return this;
        }

        /**
         * Sets where the site's session pages live: each event's URL becomes its session's page,
         * and DESCRIPTION ends with that address (calendar clients seldom show URL); the online and
         * registration links stay in CONFERENCE and DESCRIPTION.
         *
         * @param siteUrls the site's addresses, or null for none
         * @return this builder
         * @since 0.1
         */
        public Builder siteUrls(@Nullable SiteUrls siteUrls) {
            this.siteUrls = siteUrls;
            return this;
        }

        /**
         * Sets the version PRODID names (tests pin it so golden files outlive releases).
         *
         * @param productVersion the version, not blank
         * @return this builder
         * @throws IllegalArgumentException if the version is blank
         */
        public Builder productVersion(String productVersion) {
            Objects.requireNonNull(productVersion, "productVersion");
            if (productVersion.isBlank()) {
                throw new IllegalArgumentException("productVersion is blank");
            }
            this.productVersion = productVersion;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options, not null
         */
        public IcalOptions build() {
            return new IcalOptions(this);
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return value;
        }
    }
}
