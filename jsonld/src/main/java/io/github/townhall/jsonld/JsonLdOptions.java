package io.github.townhall.jsonld;

import io.github.townhall.site.SiteUrls;
import java.util.Locale;
import java.util.Objects;

/**
 * What a {@link SchemaOrg} writer needs besides the records: where the site's pages are, so that
 * every event names its page ({@code url}) and has a stable {@code @id}, and the language its
 * texts are wanted in.
 *
 * <pre>{@code
 * JsonLdOptions options = JsonLdOptions.of(SiteUrls.of(URI.create("https://idc.example.org/rencontres/")), Locale.FRENCH);
 * JsonLdOptions english = options.withLanguage(Locale.ENGLISH);
 * }</pre>
 *
 * @param urls the addresses of the site's session, cycle and agenda pages
 * @param language the language texts are written in when they have it ({@link
 *     io.github.townhall.text.Text#bestFor(Locale)}: else in their original language)
 * @since 0.1
 */
public record JsonLdOptions(SiteUrls urls, Locale language) {

    /**
     * Creates options.
     *
     * @param urls the addresses of the site's pages, not null
     * @param language the language texts are wanted in, not null
     * @throws NullPointerException if an argument is null
     */
    public JsonLdOptions {
        Objects.requireNonNull(urls, "urls");
        Objects.requireNonNull(language, "language");
    }

    /**
     * Obtains options.
     *
     * @param urls the addresses of the site's pages, not null
     * @param language the language texts are wanted in, not null
     * @return the options, not null
     * @throws NullPointerException if an argument is null
     */
    public static JsonLdOptions of(SiteUrls urls, Locale language) {
        return new JsonLdOptions(urls, language);
    }

    /**
     * Returns a copy with other addresses.
     *
     * @param urls the addresses, not null
     * @return the copy, not null
     * @throws NullPointerException if {@code urls} is null
     */
    public JsonLdOptions withUrls(SiteUrls urls) {
        return new JsonLdOptions(urls, language);
    }

    /**
     * Returns a copy with another language.
     *
     * @param language the language, not null
     * @return the copy, not null
     * @throws NullPointerException if {@code language} is null
     */
    public JsonLdOptions withLanguage(Locale language) {
        return new JsonLdOptions(urls, language);
    }
}
