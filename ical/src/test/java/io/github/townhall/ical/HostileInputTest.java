package io.github.townhall.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.organisation.OrganisationId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile sizes: each input stops with an {@link IcalException} that names the limit and the
 * line, in bounded memory, never an OutOfMemoryError or a StackOverflowError.
 */
class HostileInputTest {
    private static final IcalReader READER = IcalReader.of(OrganisationId.of("idc"), Locale.FRENCH);
    private static final String HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hostile//EN\r\n";

    @Test
    void defaultsAreDocumented() {
        assertEquals(40_000_000L, READER.maxInputLength());
        assertEquals(200_000, READER.maxLineLength());
        assertEquals(100_000, READER.maxEvents());
        assertEquals(1_000, READER.maxTimezones());
        assertEquals(1_000, READER.maxIssues());
        IcalReader changed = READER.withMaxInputLength(5)
                .withMaxLineLength(6)
                .withMaxEvents(7)
                .withMaxTimezones(8)
                .withMaxIssues(9);
        assertEquals(
                List.of(5L, 6L, 7L, 8L, 9L),
                List.of(
                        changed.maxInputLength(),
                        (long) changed.maxLineLength(),
                        (long) changed.maxEvents(),
                        (long) changed.maxTimezones(),
                        (long) changed.maxIssues()));
        assertThrows(IllegalArgumentException.class, () -> READER.withMaxInputLength(0));
        assertThrows(IllegalArgumentException.class, () -> READER.withMaxLineLength(-1));
        assertThrows(IllegalArgumentException.class, () -> READER.withMaxEvents(0));
        assertThrows(IllegalArgumentException.class, () -> READER.withMaxTimezones(0));
        assertThrows(IllegalArgumentException.class, () -> READER.withMaxIssues(0));
    }

    @Test
    void aMillionCategoriesGiveTwoHundredTopicsAndOneIssue() {
        StringBuilder text = new StringBuilder(HEAD).append("BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20180306T170000Z\r\n");
        for (int line = 0; line < 50; line++) {
            text.append("CATEGORIES:");
            for (int i = 0; i < 20_000; i++) {
                text.append(i == 0 ? "" : ",").append(line).append('-').append(i);
            }
            text.append("\r\n");
        }
        text.append("END:VEVENT\r\nEND:VCALENDAR\r\n");
        long start = System.nanoTime();
        IcalImport read = READER.read(text.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, read.sessions().get(0).topics().size());
        assertEquals("0-199", read.sessions().get(0).topics().get(199).original());
        assertEquals(1, read.issues().size(), read.issues().toString());
        assertEquals("CATEGORIES", read.issues().get(0).property());
        assertEquals(7, read.issues().get(0).line());
        assertTrue(read.issues().get(0).message().startsWith("more than 200 categories in one event: '0-200'"));
        assertTrue(millis < 20_000, millis + " ms");
    }

    @Test
    void aLineOfOneMegabyteIsRefused() {
        String text = HEAD + "BEGIN:VEVENT\r\nUID:a\r\nDESCRIPTION:" + "a".repeat(1_000_000) + "\r\nEND:VEVENT\r\n"
                + "END:VCALENDAR\r\n";
        IcalException e = assertThrows(IcalException.class, () -> READER.read(text));
        assertEquals(6, e.line());
        assertEquals(
                "line 6: A content line is longer than 200000 characters: the limit is"
                        + " IcalReader.withMaxLineLength(int)",
                e.getMessage());
    }

    @Test
    void aFoldedStringOfTenMegabytesIsRefused() {
        StringBuilder text = new StringBuilder(HEAD).append("BEGIN:VEVENT\r\nUID:a\r\nDESCRIPTION:");
        for (int i = 0; i < 10_000_000 / 74; i++) {
            text.append("b".repeat(74)).append("\r\n ");
        }
        text.append("\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        IcalException e = assertThrows(IcalException.class, () -> READER.read(text.toString()));
        assertTrue(e.getMessage().contains("A content line is longer than 200000 characters"), e.getMessage());
        // folded lines count as one: the error is about 200,000 characters into the property
        assertTrue(e.line() > 2_000 && e.line() < 3_000, e.getMessage());
    }

    @Test
    void aLongerLineIsReadWhenTheLimitIsRaised() {
        String text = HEAD + "BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20240101T100000Z\r\nSUMMARY:" + "a".repeat(300_000)
                + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        IcalImport read = READER.withMaxLineLength(400_000).read(text);
        assertEquals(300_000, read.sessions().get(0).title().original().length());
    }

    @Test
    void oneHundredThousandTimezonesAreRefusedAtTheLimit() {
        Reader in = generated(
                HEAD,
                i -> i < 100_000
                        ? "BEGIN:VTIMEZONE\r\nTZID:Zone " + i + "\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
                                + "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
                        : null);
        IcalException e = assertThrows(IcalException.class, () -> READER.read(in, session -> {}));
        assertEquals(
                "line " + (4 + 8 * 1000) + ": More than 1000 VTIMEZONE components in one file: the limit is"
                        + " IcalReader.withMaxTimezones(int)",
                e.getMessage());
    }

    @Test
    void tooManyEventsAreRefused() {
        Reader in = generated(
                HEAD,
                i -> i < 1_000
                        ? "BEGIN:VEVENT\r\nUID:e" + i + "\r\nDTSTART:20240101T100000Z\r\nEND:VEVENT\r\n"
                        : i == 1_000 ? "END:VCALENDAR\r\n" : null);
        List<Object> read = new ArrayList<>();
        IcalException e = assertThrows(
                IcalException.class, () -> READER.withMaxEvents(100).read(in, read::add));
        assertEquals(100, read.size());
        assertTrue(e.getMessage()
                .endsWith("More than 100 events in one file: the limit is IcalReader.withMaxEvents(int)"));
    }

    @Test
    void componentsNestedTenThousandDeepAreRefused() {
        String text = HEAD + "BEGIN:VEVENT\r\n".repeat(10_000) + "END:VEVENT\r\n".repeat(10_000) + "END:VCALENDAR\r\n";
        IcalException e = assertThrows(IcalException.class, () -> READER.read(text));
        assertTrue(e.getMessage().startsWith("line 12: Components nested more than 8 deep"), e.getMessage());
    }

    @Test
    void anEventOfTooManyPropertiesIsRefused() {
        String text = HEAD + "BEGIN:VEVENT\r\n" + "X-A:b\r\n".repeat(20_000) + "END:VEVENT\r\nEND:VCALENDAR\r\n";
        IcalException e = assertThrows(IcalException.class, () -> READER.read(text));
        assertEquals("line 10005: More than 10000 properties in one VEVENT", e.getMessage());
    }

    @Test
    void issuesAreCappedAndCounted() {
        String text = HEAD + "BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20240101T100000Z\r\n" + "X-A:b\r\n".repeat(5_000)
                + "END:VEVENT\r\nEND:VCALENDAR\r\n";
        IcalImport read = READER.withMaxIssues(10).read(text);
        assertEquals(1, read.sessions().size());
        assertEquals(11, read.issues().size());
        assertEquals(
                "4990 more issues were found and not listed",
                read.issues().get(10).message());
    }

    @Test
    void aLongerFileIsRefusedAtTheLimit() {
        Reader in =
                generated(HEAD, i -> "BEGIN:VEVENT\r\nUID:e" + i + "\r\nDTSTART:20240101T100000Z\r\nEND:VEVENT\r\n");
        IcalException e = assertThrows(
                IcalException.class, () -> READER.withMaxInputLength(1_000_000).read(in, session -> {}));
        assertTrue(
                e.getMessage()
                        .endsWith("The file is longer than 1000000 characters: the limit is"
                                + " IcalReader.withMaxInputLength(long)"),
                e.getMessage());
    }

    @Test
    void aTzidOfManySlashesIsReadInLinearTime() {
        // each segment was once joined with every later one: quadratic in the number of slashes
        String tzid = "x/".repeat(90_000) + "Europe/Paris";
        String text = HEAD + "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=" + tzid + ":20240101T100000\r\nEND:VEVENT\r\n"
                + "END:VCALENDAR\r\n";
        IcalImport read = READER.read(text);
        assertEquals(
                java.time.ZoneId.of("Europe/Paris"),
                ((io.github.townhall.schedule.OpenEndedSchedule)
                                read.sessions().get(0).schedule())
                        .zone());
    }

    @Test
    void theSinksOwnExceptionReachesTheCaller() {
        String text = HEAD + "BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20240101T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        IllegalStateException thrown = new IllegalStateException("stop");
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> READER.read(new java.io.StringReader(text), session -> {
                    throw thrown;
                }));
        assertSame(thrown, e);
    }

    /**
     * A 50 MB file read in a JVM of 64 MB of heap: the import stops at the length limit with our
     * exception, and the child JVM neither runs out of memory nor fails otherwise.
     */
    @Test
    void aFileOfFiftyMegabytesIsRefusedInBoundedMemory(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.ics");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEAD);
            String description = "DESCRIPTION:" + "Réunion publique sur le budget participatif. ".repeat(20) + "\r\n";
            for (int i = 0; Files.size(file) < 50_000_000L || i % 1000 != 0; i++) {
                out.write("BEGIN:VEVENT\r\nUID:e" + i + "\r\nDTSTART:20240101T100000Z\r\nSUMMARY:Séance " + i + "\r\n"
                        + description + "END:VEVENT\r\n");
                if (i % 1000 == 0) {
                    out.flush();
                }
            }
            out.write("END:VCALENDAR\r\n");
        }
        assertTrue(Files.size(file) >= 50_000_000L);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-Xmx64m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        HugeFileImport.class.getName(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        String output;
        try (InputStream in = child.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(child.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, child.exitValue(), output);
        assertTrue(output.contains("IcalException: line "), output);
        assertTrue(output.contains("The file is longer than 40000000 characters"), output);
        assertFalse(output.contains("OutOfMemoryError"), output);
    }

    /** The child JVM of the 50 MB test: streams the file, prints what stops it. */
    static final class HugeFileImport {
        private HugeFileImport() {}

        public static void main(String[] args) throws IOException {
            long[] sessions = new long[1];
            try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
                READER.read(in, session -> sessions[0]++);
                System.out.println("read " + sessions[0] + " sessions");
            } catch (IcalException e) {
                System.out.println("after " + sessions[0] + " sessions: " + e);
            }
        }
    }

    /** A reader of a head, then the chunks a function gives until it gives null. */
    private static Reader generated(String head, IntFunction<String> chunks) {
        return new Reader() {
            private String current = head;
            private int position;
            private int next;

            @Override
            public int read(char[] buffer, int offset, int length) {
                while (position == current.length()) {
                    String chunk = chunks.apply(next++);
                    if (chunk == null) {
                        return -1;
                    }
                    current = chunk;
                    position = 0;
                }
                int n = Math.min(length, current.length() - position);
                current.getChars(position, position + n, buffer, offset);
                position += n;
                return n;
            }

            @Override
            public void close() {}
        };
    }
}
