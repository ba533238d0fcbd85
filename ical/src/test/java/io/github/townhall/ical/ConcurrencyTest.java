package io.github.townhall.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.townhall.archive.Archive;
import io.github.townhall.testing.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                Callable<Integer> work = () -> {
                    start.await();
                    int checked = 0;
                    for (int round = 0; round < ROUNDS; round++) {
                        for (int i = 0; i < archives.size(); i++) {
                            int k = (i + offset) % archives.size();
                            String feed = writer.feed(archives.get(k));
                            assertEquals(feeds.get(k), feed, "feed " + k + ", seed " + seed);
                            assertEquals(imports.get(k), reader.read(feed), "import " + k + ", seed " + seed);
                            checked++;
                        }
                    }
                    return checked;
                };
                results.add(pool.submit(work));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get();
            }
            assertEquals(THREADS * ROUNDS * archives.size(), total);
        } finally {
            pool.shutdownNow();
        }
    }
}
