package io.github.townhall.html;

import io.github.townhall.archive.Archive;
import io.github.townhall.site.SiteUrls;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/** The options and folders the tests render sites with. */
final class SiteFixtures {
    static final SiteUrls TOULOUSE_URLS = SiteUrls.of(URI.create("https://idc.example.org/rencontres/"));
    static final SiteUrls IMP_ACTE_URLS = SiteUrls.of(URI.create("https://imp-acte.example.org/"));

    private SiteFixtures() {}

    static HtmlOptions.Builder options(SiteUrls urls) {
        return HtmlOptions.builder(urls).language(Locale.FRENCH).icsPath("sessions/{id}.ics");
    }

    static HtmlSite site(SiteUrls urls, LocalDate asOf) {
        return HtmlSite.of(options(urls).asOf(asOf).build());
    }

    static Path target(String... parts) {
        return Path.of("target", parts);
    }

    static HtmlSite generated(Archive archive) {
        return HtmlSite.of(HtmlOptions.builder(SiteUrls.of(
                        URI.create("https://" + archive.organisation().id().value() + ".example.org/")))
                .build());
    }
}
