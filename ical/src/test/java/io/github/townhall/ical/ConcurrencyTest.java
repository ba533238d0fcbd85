package io.github.townhall.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.townhall.archive.Archive;
import io.github.townhall.testing.Concurrently;
import io.github.townhall.testing.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * One {@link IcalWriter} and one {@link IcalReader} shared by 8 threads give, for every archive,
 * the feed and the import that one thread alone gives.
 */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 5;

    @Test
    void sharedWriterAndReaderGiveTheSingleThreadedResults() throws Exception {
        long seed = Samples.seed();
        List<Archive> archives = Samples.archives(seed, 16);
        IcalWriter writer = IcalWriter.of(IcalOptions.builder("idc.example.org")
                .productVersion("test")
                .tentativePolicy(TentativePolicy.ALL_DAY)
                .includeMembersOnly(true)
                .build());
        IcalReader reader = IcalReader.of(archives.get(0).organisation().id(), Locale.FRENCH);

        List<String> feeds = new ArrayList<>();
        List<IcalImport> imports = new ArrayList<>();
        for (Archive archive : archives) {
            String feed = writer.feed(archive);
            feeds.add(feed);
            imports.add(reader.read(feed));
        }

        Concurrently.check(THREADS, ROUNDS, archives.size(), k -> {
            String feed = writer.feed(archives.get(k));
            assertEquals(feeds.get(k), feed, "feed " + k + ", seed " + seed);
            assertEquals(imports.get(k), reader.read(feed), "import " + k + ", seed " + seed);
        });
    }
}
