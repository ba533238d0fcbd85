package io.github.townhall.benchmarks;

import io.github.townhall.ical.IcalReader;
import io.github.townhall.ical.IcalWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Memory of streaming, run under a small heap ({@code -Xmx32m} for writing, {@code -Xmx64m} for
 * reading): {@code feed N} writes a feed of N sessions (default 1,000,000) to a null stream;
 * {@code import N} writes a file of N events (default 100,000) to disk, then imports it with
 * {@link IcalReader}, one session at a time. Prints the events, the time and the peak heap used.
 *
 * <pre>{@code
 * java -Xmx32m -cp benchmarks/target/benchmarks.jar io.github.townhall.benchmarks.StreamingMemory feed 1000000
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar io.github.townhall.benchmarks.StreamingMemory import 100000
 * }</pre>
 */
public final class StreamingMemory {
    private StreamingMemory() {}

    /**
     * Runs one measure.
     *
     * @param args {@code feed [sessions]} or {@code import [events]}
     * @throws IOException if the temporary file fails
     */
    public static void main(String[] args) throws IOException {
        String mode = args.length > 0 ? args[0] : "feed";
        BenchmarkData data = BenchmarkData.generate();
        IcalWriter writer = IcalWriter.of(BenchmarkData.options());
        long maxHeap = Runtime.getRuntime().maxMemory();
        if (mode.equals("feed")) {
            int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
            NullWriter.CountingStream out = NullWriter.stream();
            long start = System.nanoTime();
            writer.writeFeed(data.organisation(), data.sessions(sessions), out(out));
            long nanos = System.nanoTime() - start;
            report("feed", sessions, out.count(), nanos, maxHeap);
        } else if (mode.equals("import")) {
            int events = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
            Path file = Files.createTempFile("townhall-import", ".ics");
            try {
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    writer.writeFeed(data.organisation(), data.sessions(events), out);
                }
                resetPeaks();
                AtomicLong read = new AtomicLong();
                long start = System.nanoTime();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    IcalReader.of(data.organisationId(), Locale.FRENCH).read(in, session -> read.incrementAndGet());
                }
                long nanos = System.nanoTime() - start;
                report("import", read.get(), Files.size(file), nanos, maxHeap);
            } finally {
                Files.delete(file);
            }
        } else {
            throw new IllegalArgumentException("feed or import, not " + mode);
        }
    }

    private static Writer out(NullWriter.CountingStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    private static void report(String what, long events, long bytes, long nanos, long maxHeap) {
        System.out.printf(
                Locale.ROOT,
                "%s: %d events, %d MB, %.1f s, %.0f events/s, peak heap %.1f MB of max %.1f MB%n",
                what,
                events,
                bytes >> 20,
                nanos / 1e9,
                events / (nanos / 1e9),
                peakHeap() / 1048576.0,
                maxHeap / 1048576.0);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /**
     * Returns the peak heap used: the sum of the peaks of the heap pools (an upper bound).
     *
     * @return bytes
     */
    static long peakHeap() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }
}
