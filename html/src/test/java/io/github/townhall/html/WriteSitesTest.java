package io.github.townhall.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.testing.Samples;
import io.github.townhall.testing.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Writes the sites that {@code web-check/check.sh} checks in a browser: the two seeds, a few
 * generated archives (in html/target/pages) and the hostile one (html/target/hostile-site).
 */
class WriteSitesTest {
    @Test
    void writesTheToulouseSite() throws IOException {
        Path dir = SiteFixtures.target("pages", "toulouse");
        List<Path> files = SiteFixtures.site(SiteFixtures.TOULOUSE_URLS, LocalDate.of(2017, 12, 6))
                .writeSite(Seeds.toulouse(), dir);
        // the agenda, the cycle, four sessions, no minutes page (none approved or published), css, sitemap
        assertEquals(8, files.size(), files::toString);
        assertTrue(Files.isRegularFile(dir.resolve("sessions/rencontres-toulouse-1.html")));
        assertTrue(Files.isRegularFile(dir.resolve("style.css")));
    }

    @Test
    void writesTheImpActeSite() throws IOException {
        Path dir = SiteFixtures.target("pages", "imp-acte");
        List<Path> files = SiteFixtures.site(SiteFixtures.IMP_ACTE_URLS, LocalDate.of(2017, 12, 6))
                .writeSite(Seeds.impActe(), dir);
        // the agenda, the cycle, four sessions, the minutes of 5 December 2017, css, sitemap
        assertEquals(9, files.size(), files::toString);
        assertTrue(Files.isRegularFile(dir.resolve("sessions/imp-acte-2017-12-05-minutes.html")));
    }

    @Test
    void writesGeneratedSites() {
        List<Archive> archives = Samples.archives(20_171_205L, 3);
        for (int i = 0; i < archives.size(); i++) {
            Path dir = SiteFixtures.target("pages", "generated-" + (i + 1));
            HtmlSite site = HtmlSite.of(HtmlOptions.builder(
                            SiteFixtures.generated(archives.get(i)).options().urls())
                    .asOf(LocalDate.of(2020, 1, 1))
                    .icsPath("sessions/{id}.ics")
                    .build());
            List<Path> files = site.writeSite(archives.get(i), dir);
            assertTrue(files.contains(dir.resolve("index.html")), files::toString);
        }
    }
}
