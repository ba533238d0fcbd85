package io.github.townhall.ical.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick date readers agree with the formatters they replace, errors included. */
class FormatsTest {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

    @Test
    void readsWhatTheWriterWritesAndWhatTheFormatterReads() {
        for (String value : List.of(
                "20160218T180000",
                "00010101T000000",
                "99991231T235959",
                "20240229T120000",
                // a day past the month's end: the formatter's lenient reading stays
                "20230231T100000",
                "20240431T100000")) {
            assertEquals(LocalDateTime.parse(value, LOCAL), Formats.parseLocal(value), value);
        }
        LocalDateTime written = LocalDateTime.of(2018, 3, 13, 17, 30, 5);
        assertEquals(written, Formats.parseLocal(Formats.local(written)));
        for (String value : List.of("20160218", "20240229", "20230231", "00010101")) {
            assertEquals(LocalDate.parse(value, DATE), Formats.parseDate(value), value);
        }
    }

    @Test
    void refusesWhatTheFormatterRefusesWithItsMessage() {
        for (String value : List.of(
                "20161318T180000",
                "20160218T250000",
                "20160218T186000",
                "20160218X180000",
                "20160218T18000",
                "2016-02-18T18:00:00",
                "20160232T100000")) {
            DateTimeParseException expected =
                    assertThrows(DateTimeParseException.class, () -> LocalDateTime.parse(value, LOCAL), value);
            DateTimeParseException actual =
                    assertThrows(DateTimeParseException.class, () -> Formats.parseLocal(value), value);
            assertEquals(expected.getMessage(), actual.getMessage());
        }
        for (String value : List.of("20161301", "2016021", "2016-2-1", "20160200")) {
            DateTimeParseException expected =
                    assertThrows(DateTimeParseException.class, () -> LocalDate.parse(value, DATE), value);
            assertEquals(
                    expected.getMessage(),
                    assertThrows(DateTimeParseException.class, () -> Formats.parseDate(value))
                            .getMessage());
        }
    }
}
