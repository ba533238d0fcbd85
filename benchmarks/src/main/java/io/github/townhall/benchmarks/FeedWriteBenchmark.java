package io.github.townhall.benchmarks;

import io.github.townhall.ical.IcalWriter;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.session.Session;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Writing a feed of {@code sessions} public sessions: townhall's {@link IcalWriter}, the same
 * events built as an iCal4j Calendar and output, and a minimal hand-rolled writer (the limit).
 * One operation is one whole feed; events per second are operations per second times sessions.
 * All three write UTF-8 to the same kind of sink, a stream that counts bytes: townhall straight
 * to it, the baselines (their logic unchanged) through a buffered UTF-8 writer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FeedWriteBenchmark {
    /** How many sessions the feed holds. */
    @Param({"1000", "100000"})
    public int sessions;

    private Organisation organisation;
    private List<Session> feed;
    private IcalWriter writer;

    /** Generates the sessions once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        BenchmarkData data = BenchmarkData.generate();
        organisation = data.organisation();
        feed = data.materialised(sessions);
        writer = IcalWriter.of(BenchmarkData.options());
    }

    /**
     * townhall's feed writer.
     *
     * @return the characters written
     */
    @Benchmark
    public long townhall() {
        NullWriter.CountingStream out = NullWriter.stream();
        writer.writeFeed(organisation, feed, out);
        return out.count();
    }

    /**
     * iCal4j 4.4: a Calendar built and output.
     *
     * @return the characters written
     * @throws IOException never
     */
    @Benchmark
    public long ical4jCalendarOutputter() throws IOException {
        NullWriter.CountingStream out = NullWriter.stream();
        Writer utf8 = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        Ical4jFeed.write(organisation, feed, BenchmarkData.DOMAIN, utf8); // CalendarOutputter flushes and closes it
        return out.count();
    }

    /**
     * The limit: a minimal StringBuilder writer.
     *
     * @return the characters written
     * @throws IOException never
     */
    @Benchmark
    public long handRolledLimit() throws IOException {
        NullWriter.CountingStream out = NullWriter.stream();
        Writer utf8 = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        HandRolledFeed.write(organisation, feed, BenchmarkData.DOMAIN, utf8);
        utf8.flush();
        return out.count();
    }
}
