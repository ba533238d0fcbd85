package io.github.townhall.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs a check over shared instances from several threads at once, for the concurrency tests of
 * every module.
 *
 * <pre>{@code
 * Concurrently.check(8, 5, archives.size(), k -> assertEquals(feeds.get(k), writer.feed(archives.get(k))));
 * }</pre>
 */
public final class Concurrently {
    private Concurrently() {}

    /**
     * Starts {@code threads} threads together; each runs {@code check} on every item index,
     * {@code rounds} times, starting at its own offset so that threads work on different items at
     * the same moment. A failed check fails the calling test with its own message.
     *
     * @param threads how many threads
     * @param rounds how many passes over the items each thread makes
     * @param items how many items there are
     * @param check the check of item {@code k}; it throws to fail
     * @throws Exception if a thread failed or was interrupted
     */
    public static void check(int threads, int rounds, int items, IntConsumer check) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    start.await();
                    int done = 0;
                    for (int round = 0; round < rounds; round++) {
                        for (int i = 0; i < items; i++) {
                            check.accept((i + offset) % items);
                            done++;
                        }
                    }
                    return done;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get();
            }
            assertEquals(threads * rounds * items, total);
        } finally {
            pool.shutdownNow();
        }
    }
}
