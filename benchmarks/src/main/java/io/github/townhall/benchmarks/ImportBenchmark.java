package io.github.townhall.benchmarks;

import io.github.townhall.ical.IcalReader;
import io.github.townhall.ical.IcalWriter;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
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
 * Importing a {@code .ics} file of {@code events} events (our own feed, written once in setup, read
 * through a {@link BufferedReader} by both):
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

    /** How many weekly series the recurring calendar holds, each over two years. */
    public static final int SERIES = 1_000;

    private byte[] file;
    private IcalReader reader;
    private byte[] recurringFile;
    private IcalReader recurringReader;

    /** Writes the file once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        BenchmarkData data = BenchmarkData.generate();
        ByteArrayOutputStream out = new ByteArrayOutputStream(events * 1_200);
        IcalWriter.of(BenchmarkData.options()).writeFeed(data.organisation(), data.sessions(events), writer(out));
        file = out.toByteArray();
        reader = data.reader(events);
        recurringFile = recurringCalendar().getBytes(StandardCharsets.UTF_8);
        // 1,000 series of 105 occurrences: above the default of 200,000 per file only if raised
        recurringReader =
                IcalReader.of(data.organisation().id(), Locale.FRENCH).withMaxOccurrencesPerFile(SERIES * 200);
    }

    /**
     * {@value #SERIES} weekly series in Europe/Paris, as a calendar application writes them: each
     * from a day of 2024 at 18:30 for two years (UNTIL), 105 occurrences, about 105,000 in all.
     */
    static String recurringCalendar() {
        StringBuilder text = new StringBuilder(SERIES * 300)
                .append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//townhall//benchmark//EN\r\n")
                .append("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n")
                .append("BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n")
                .append("DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n")
                .append("BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n")
                .append("DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n")
                .append("END:VTIMEZONE\r\n");
        LocalDate first = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < SERIES; i++) {
            LocalDate day = first.plusDays(i % 365);
            String start = day.format(DateTimeFormatter.BASIC_ISO_DATE);
            String until = day.plusYears(2).format(DateTimeFormatter.BASIC_ISO_DATE);
            text.append("BEGIN:VEVENT\r\nUID:series-")
                    .append(i)
                    .append("@bench.example.org\r\nDTSTAMP:20240101T000000Z\r\n")
                    .append("DTSTART;TZID=Europe/Paris:")
                    .append(start)
                    .append("T183000\r\nDTEND;TZID=Europe/Paris:")
                    .append(start)
                    .append("T200000\r\nRRULE:FREQ=WEEKLY;UNTIL=")
                    .append(until)
                    .append("T235959Z\r\nSUMMARY:Permanence ")
                    .append(i)
                    .append("\r\nLOCATION:Maison des associations\r\nEND:VEVENT\r\n");
        }
        return text.append("END:VCALENDAR\r\n").toString();
    }

    private BufferedReader bufferedRecurring() {
        return new BufferedReader(
                new InputStreamReader(new ByteArrayInputStream(recurringFile), StandardCharsets.UTF_8));
    }

    /** The file as a user reads it, through a buffered reader ({@code Files.newBufferedReader}). */
    private BufferedReader buffered() {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8));
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
        return reader.read(buffered(), sink::consume).size();
    }

    /**
     * iCal4j: the file built into a Calendar.
     *
     * @return the number of components
     * @throws Exception if iCal4j fails
     */
    @Benchmark
    public int ical4jCalendarBuilder() throws Exception {
        Calendar calendar = new CalendarBuilder().build(buffered());
        return calendar.getComponents().size();
    }

    /**
     * townhall: {@value #SERIES} weekly series over two years read into their sessions, every
     * occurrence one, about 105,000.
     *
     * @param sink receives each session
     * @return the number of sessions
     */
    @Benchmark
    public int recurring(Blackhole sink) {
        int[] count = {0};
        recurringReader.read(bufferedRecurring(), session -> {
            count[0]++;
            sink.consume(session);
        });
        return count[0];
    }

    /**
     * iCal4j: the same calendar built into a Calendar, then each series expanded with its own
     * recurrence API, {@code VEvent.calculateRecurrenceSet(Period)}, over the two years and a
     * day.
     *
     * @param sink receives each occurrence's period
     * @return the number of occurrences
     * @throws Exception if iCal4j fails
     */
    @Benchmark
    public int ical4jRecurring(Blackhole sink) throws Exception {
        Calendar calendar = new CalendarBuilder().build(bufferedRecurring());
        ZoneId paris = ZoneId.of("Europe/Paris");
        Period<ZonedDateTime> window = new Period<>(
                ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, paris), ZonedDateTime.of(2026, 12, 31, 0, 0, 0, 0, paris));
        int count = 0;
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            Set<Period<Temporal>> occurrences = event.calculateRecurrenceSet(window);
            count += occurrences.size();
            sink.consume(occurrences);
        }
        return count;
    }
}
