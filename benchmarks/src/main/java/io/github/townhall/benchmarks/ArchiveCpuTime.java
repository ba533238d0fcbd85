package io.github.townhall.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Compares {@link ValidationBenchmark#archiveOf1000} of two builds of the benchmarks' jar by the
 * CPU time of the validating thread, both jars loaded in one JVM (each in its own class loader)
 * and run in turns, so that both see the same load on a shared machine: after six warm-up rounds,
 * {@code rounds} rounds of about 0.7 s of CPU time each, then the median milliseconds per archive
 * of each jar and the median of the per-round ratios.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.townhall.benchmarks.ArchiveCpuTime 12 before.jar after.jar
 * }</pre>
 */
public final class ArchiveCpuTime {
    private static final long ROUND_NANOS = 700_000_000L;
    private static final int WARM_UP_ROUNDS = 6;

    private ArchiveCpuTime() {}

    /**
     * Runs the comparison and prints it.
     *
     * @param args the number of rounds, then the first jar and the second jar
     * @throws Exception if a jar cannot be loaded or its benchmark fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ArchiveCpuTime <rounds> <first.jar> <second.jar>");
        }
        int rounds = Integer.parseInt(args[0]);
        Build first = Build.load(Path.of(args[1]));
        Build second = Build.load(Path.of(args[2]));
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            first.round();
            second.round();
        }
        List<Double> firstTimes = new ArrayList<>();
        List<Double> secondTimes = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            double a = first.round();
            double b = second.round();
            firstTimes.add(a);
            secondTimes.add(b);
            ratios.add(a / b);
        }
        System.out.printf("%s: median %.2f ms of CPU time per archive%n", args[1], median(firstTimes));
        System.out.printf("%s: median %.2f ms of CPU time per archive%n", args[2], median(secondTimes));
        System.out.printf("second against first, median of the rounds' ratios: %.2fx faster%n", median(ratios));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** One jar's benchmark and archive, in its own class loader. */
    private record Build(Object benchmark, Object state, Method archiveOf1000) {
        static Build load(Path jar) throws Exception {
            URLClassLoader loader =
                    new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> type = loader.loadClass(ValidationBenchmark.class.getName());
            Class<?> stateType = loader.loadClass(ValidationBenchmark.ArchiveState.class.getName());
            Object state = stateType.getConstructor().newInstance();
            stateType.getMethod("setUp").invoke(state);
            return new Build(type.getConstructor().newInstance(), state, type.getMethod("archiveOf1000", stateType));
        }

        /** Validates the archive for about {@link #ROUND_NANOS} of CPU time; returns milliseconds per archive. */
        double round() throws Exception {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            long spent;
            int archives = 0;
            do {
                archiveOf1000.invoke(benchmark, state);
                archives++;
                spent = threads.getCurrentThreadCpuTime() - start;
            } while (spent < ROUND_NANOS);
            return spent / 1e6 / archives;
        }
    }
}
