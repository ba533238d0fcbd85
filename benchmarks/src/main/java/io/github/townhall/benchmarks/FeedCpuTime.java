package io.github.townhall.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The engines of {@link FeedWriteBenchmark} measured by the CPU time of the writing thread
 * instead of the wall clock: on a machine shared with other work, what one engine costs, without
 * the time it waits for a core (and without the GC threads' time, which favours the engine that
 * allocates most, iCal4j). The engines run in turn, each for a given CPU time, in four rounds in
 * one JVM; the first round is warm-up.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.townhall.benchmarks.FeedCpuTime 1000 3
 * }</pre>
 */
public final class FeedCpuTime {
    private FeedCpuTime() {}

    /**
     * Prints, per round, the feeds per CPU second of townhall, the hand-rolled limit and iCal4j,
     * and townhall's ratios.
     *
     * @param args the sessions per feed (default 1000) and the CPU seconds per engine and round
     *     (default 3)
     * @throws Exception if an engine fails
     */
    public static void main(String[] args) throws Exception {
        FeedWriteBenchmark benchmark = new FeedWriteBenchmark();
        benchmark.sessions = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        benchmark.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        String[] names = {"townhall", "handRolledLimit", "ical4jCalendarOutputter"};
        Callable<?>[] engines = {benchmark::townhall, benchmark::handRolledLimit, benchmark::ical4jCalendarOutputter};
        for (int round = 0; round < 4; round++) {
            StringBuilder line = new StringBuilder("round " + round + ":");
            double[] perSecond = new double[engines.length];
            for (int e = 0; e < engines.length; e++) {
                long start = threads.getCurrentThreadCpuTime();
                long used;
                int operations = 0;
                do {
                    engines[e].call();
                    operations++;
                    used = threads.getCurrentThreadCpuTime() - start;
                } while (used < seconds * 1e9);
                perSecond[e] = operations / (used / 1e9);
                line.append(String.format(Locale.ROOT, " %s %.2f/cpu-s", names[e], perSecond[e]));
            }
            line.append(String.format(
                    Locale.ROOT,
                    "; townhall %.2fx the limit, %.2fx iCal4j",
                    perSecond[0] / perSecond[1],
                    perSecond[0] / perSecond[2]));
            System.out.println(line);
        }
    }
}
