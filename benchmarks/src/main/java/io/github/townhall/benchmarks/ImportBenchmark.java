package io.github.townhall.benchmarks;

import io.github.townhall.ical.IcalReader;
import io.github.townhall.ical.IcalWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Importing a {@code .ics} file of {@code events} events (our own feed, written once in setup):
 * townhall's {@link IcalReader}, streaming sessions one at a time, against iCal4j's
 * {@link CalendarBuilder}, which builds the whole calendar in memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ImportBenchmark {
    /** How many events the file holds. */
    @Param({"100000"})
    public int events;

    private byte[] file;
    private IcalReader reader;

    /** Writes the file once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        BenchmarkData data = BenchmarkData.generate();
        ByteArrayOutputStream out = new ByteArrayOutputStream(events * 1_200);
        IcalWriter.of(BenchmarkData.options()).writeFeed(data.organisation(), data.sessions(events), writer(out));
        file = out.toByteArray();
        reader = IcalReader.of(data.organisationId(), Locale.FRENCH);
    }

    private static java.io.Writer writer(ByteArrayOutputStream out) {
        return new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    /**
     * townhall: the file read into sessions, one at a time.
     *
     * @param sink receives each session
     * @return the number of issues
     */
    @Benchmark
    public int townhall(Blackhole sink) {
        return reader.read(new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8), sink::consume)
                .size();
    }

    /**
     * iCal4j: the file built into a Calendar.
     *
     * @return the number of components
     * @throws Exception if iCal4j fails
     */
    @Benchmark
    public int ical4jCalendarBuilder() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(file));
        return calendar.getComponents().size();
    }
}
