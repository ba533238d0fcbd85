package io.github.townhall.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.session.Session;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A line that is no property is left out with an issue at its line, the lines after it are read,
 * and such lines count against the limit of properties in one component.
 */
class UnreadableLineTest {
    private static final IcalReader READER = IcalReader.of(OrganisationId.of("org"), Locale.FRENCH);

    @Test
    void aLineWithoutColonIsAnIssueWithTheEventsUidAndTheNextLineIsRead() {
        String text = String.join(
                        "\r\n",
                        "BEGIN:VCALENDAR",
                        "VERSION:2.0",
                        "BEGIN:VEVENT",
                        "UID:a@example.org",
                        "broken line",
                        "DTSTART:20240409T183000Z",
                        "SUMMARY;LANGUAGE=\"fr:Réunion",
                        "DTEND:20240409T200000Z",
                        "END:VEVENT",
                        "END:VCALENDAR")
                + "\r\n";
        IcalImport result = READER.read(text);
        Session session = result.sessions().get(0);
        assertEquals("a", session.id().value());
        assertEquals(
                List.of(
                        new ImportIssue(
                                5,
                                "a@example.org",
                                "",
                                "unreadable line not imported: 'broken line' is no property (a name, then a colon)"),
                        new ImportIssue(
                                7,
                                "a@example.org",
                                "SUMMARY",
                                "unreadable line not imported: a parameter value with an unclosed quote")),
                result.issues());
        assertEquals(
                ExactSchedule.of(
                        LocalDateTime.of(2024, 4, 9, 18, 30), LocalDateTime.of(2024, 4, 9, 20, 0), ZoneOffset.UTC),
                session.schedule());
    }

    @Test
    void linesThatAreNoPropertyCountWithThePropertiesOfTheirEvent() {
        StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("broken\r\n");
        }
        text.append("END:VEVENT\r\nEND:VCALENDAR\r\n");
        IcalException e = assertThrows(IcalException.class, () -> READER.read(text.toString()));
        assertEquals("line 10003: More than 10000 properties in one VEVENT", e.getMessage());
    }
}
