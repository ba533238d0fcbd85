package io.github.townhall.ical.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.ical.IcalException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ContentLineReaderTest {
    private static final ImportLimits LIMITS = new ImportLimits(1_000_000, 1_000, 100, 100, 100);

    /** Records what the reader hands out, one string per call. */
    private static final class Recorder implements ContentLineReader.Handler {
        final List<String> calls = new ArrayList<>();

        @Override
        public void startCalendar() {
            calls.add("calendar");
        }

        @Override
        public void startComponent(String name, int line) {
            calls.add("begin " + name + " @" + line);
        }

        @Override
        public void endComponent(String name) {
            calls.add("end " + name);
        }

        @Override
        public void property(ContentLine prop) {
            calls.add(prop.name() + " " + new TreeMap<>(prop.params()) + " [" + prop.value() + "] @" + prop.line());
        }

        @Override
        public void unreadable(String name, int line, String why) {
            calls.add("unreadable " + name + " @" + line + ": " + why);
        }
    }

    private static List<String> read(String text) throws IOException {
        Recorder recorder = new Recorder();
        new ContentLineReader(new StringReader(text), LIMITS).parse(recorder);
        return recorder.calls;
    }

    @Test
    void readsComponentsPropertiesAndParametersWithTheirLines() throws IOException {
        List<String> calls = read("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
                + "dtstart;tzid=\"Europe/Paris\";VALUE=DATE-TIME:20240101T100000\r\n"
                + "SUMMARY;LANGUAGE=fr:a:b;c=d\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        assertEquals(
                List.of(
                        "calendar",
                        "VERSION {} [2.0] @2",
                        "begin VEVENT @3",
                        "DTSTART {TZID=Europe/Paris, VALUE=DATE-TIME} [20240101T100000] @4",
                        "SUMMARY {LANGUAGE=fr} [a:b;c=d] @5",
                        "end VEVENT"),
                calls);
    }

    @Test
    void unfoldsAfterCrLfAndAfterABareLf() throws IOException {
        List<String> calls = read("BEGIN:VCALENDAR\r\nSUMMARY:ab\r\n c\r\n\td\nX-A:e\n f\nEND:VCALENDAR");
        assertEquals(List.of("calendar", "SUMMARY {} [abcd] @2", "X-A {} [ef] @5"), calls);
    }

    @Test
    void quotedParameterValuesKeepColonsAndSemicolonsAndReadBackslashEscapes() throws IOException {
        List<String> calls =
                read("BEGIN:VCALENDAR\r\nORGANIZER;CN=\"Dupont; Jean: \\\"x\\n\":mailto:a@b\r\nEND:VCALENDAR\r\n");
        assertEquals(List.of("calendar", "ORGANIZER {CN=Dupont; Jean: \"x\n} [mailto:a@b] @2"), calls);
    }

    @Test
    void leavesOutControlCharactersButTab() throws IOException {
        List<String> calls = read("BEGIN:VCALENDAR\r\nSUM\u0001MARY:a\u0000b\tc\u0015\r\nEND:VCALENDAR\r\n");
        assertEquals(List.of("calendar", "SUMMARY {} [ab\tc\u0015] @2"), calls);
    }

    @Test
    void reportsALineThatIsNoPropertyAndReadsTheNextOne() throws IOException {
        List<String> calls = read(
                "BEGIN:VCALENDAR\r\nthis is no property\r\nX;P:v\r\nX;P=\"open:v\r\n" + "UID:u\r\nEND:VCALENDAR\r\n");
        assertEquals(
                List.of(
                        "calendar",
                        "unreadable  @2: 'this is no property' is no property (a name, then a colon)",
                        "unreadable X @3: a parameter without a name and '='",
                        "unreadable X @4: a parameter value with an unclosed quote",
                        "UID {} [u] @5"),
                calls);
    }

    @Test
    void allowsEmptyLinesOnlyWhereICal4jDid() throws IOException {
        assertEquals(
                List.of("calendar", "begin VEVENT @4", "UID {} [u] @6", "end VEVENT"),
                read("\r\n\r\nBEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n\r\nUID:u\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n\r\n"));
        IcalException e =
                assertThrows(IcalException.class, () -> read("BEGIN:VCALENDAR\r\nUID:u\r\n\r\nEND:VCALENDAR\r\n"));
        assertEquals("line 3: Not an iCalendar file: an empty line inside VCALENDAR", e.getMessage());
    }

    @Test
    void structuralErrorsNameTheLine() {
        assertEquals(
                "line 1: Not an iCalendar file: it does not begin with BEGIN:VCALENDAR",
                assertThrows(IcalException.class, () -> read("<html>\r\n")).getMessage());
        assertEquals(
                "line 3: Not an iCalendar file: END:VTODO where END:VEVENT was expected",
                assertThrows(
                                IcalException.class,
                                () -> read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VTODO\r\nEND:VCALENDAR\r\n"))
                        .getMessage());
        IcalException truncated =
                assertThrows(IcalException.class, () -> read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:u\r\n"));
        assertEquals("line 4: Not an iCalendar file: the file ends before END:VEVENT", truncated.getMessage());
        assertEquals(
                "line 2: Not an iCalendar file: BEGIN with parameters",
                assertThrows(IcalException.class, () -> read("BEGIN:VCALENDAR\r\nBEGIN;X=1:VEVENT\r\n"))
                        .getMessage());
    }

    @Test
    void breaksTheLineLimitAtThePhysicalLineWhereTheUnfoldedLinePassesIt() {
        StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\nDESCRIPTION:");
        for (int i = 0; i < 30; i++) {
            text.append("x".repeat(70)).append("\r\n ");
        }
        RuntimeException e = assertThrows(RuntimeException.class, () -> read(text.toString()));
        assertTrue(e instanceof ImportAbort, e.toString());
        IcalException thrown = (IcalException) ((ImportAbort) e).thrown();
        // 12 + 70 on line 2, then 71 per line: the 1,001st character is on line 15
        assertEquals(15, thrown.line(), thrown.getMessage());
        assertTrue(thrown.getMessage().contains("IcalReader.withMaxLineLength(int)"), thrown.getMessage());
    }

    @Test
    void readsSeveralCalendarsAndALoneCrAsALineBreak() throws IOException {
        assertEquals(
                List.of("calendar", "A {} [1] @2", "calendar", "B {} [2] @5"),
                read("BEGIN:VCALENDAR\rA:1\rEND:VCALENDAR\r\nBEGIN:VCALENDAR\r\nB:2\r\nEND:VCALENDAR"));
    }
}
