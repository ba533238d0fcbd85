package io.github.townhall.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.townhall.archive.Archive;
import io.github.townhall.testing.Samples;
import io.github.townhall.testing.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same archive and options give the same bytes, whatever the run. */
class DeterminismTest {
    @Test
    void sameRecordsSamePages() {
        List<Archive> archives = new ArrayList<>(List.of(Seeds.toulouse(), Seeds.impActe()));
        archives.addAll(Samples.archives(Samples.seed(), 20));
        for (Archive archive : archives) {
            HtmlSite one = SiteFixtures.generated(archive);
            HtmlSite other = SiteFixtures.generated(archive);
            assertEquals(PrivacyTest.everyPage(one, archive), PrivacyTest.everyPage(other, archive));
            assertEquals(one.sitemap(archive), other.sitemap(archive));
        }
    }

    @Test
    void writingTwiceWritesTheSameFiles() throws IOException {
        HtmlSite site = SiteFixtures.site(SiteFixtures.IMP_ACTE_URLS, LocalDate.of(2017, 12, 6));
        List<Path> first = site.writeSite(Seeds.impActe(), SiteFixtures.target("determinism", "a"));
        List<Path> second = site.writeSite(Seeds.impActe(), SiteFixtures.target("determinism", "b"));
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(
                    SiteFixtures.target("determinism", "a").relativize(first.get(i)),
                    SiteFixtures.target("determinism", "b").relativize(second.get(i)));
            assertEquals(Files.readString(first.get(i)), Files.readString(second.get(i)), first.get(i)::toString);
        }
    }
}
