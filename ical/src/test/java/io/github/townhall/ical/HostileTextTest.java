package io.github.townhall.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.townhall.archive.Archive;
import io.github.townhall.ical.internal.TextEscaper;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.place.Venue;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionId;
import io.github.townhall.text.Text;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * Text stays text: thousands of generated hostile strings go through the writer, and both
 * iCal4j (an independent parser) and our reader give back exactly the text we put in, with the
 * component structure intact.
 */
class HostileTextTest {
    private static final long SEED = 20261123L;
    private static final int SESSIONS = 3000;
    private static final String[] PIECES = {
        "\r",
        "\n",
        "\r\n",
        "\n\r",
        ";",
        ",",
        "\\",
        "\\n",
        ":",
        "\"",
        "'",
        "=",
        "\t",
        " ",
        "  ",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "END:VCALENDAR",
        "SUMMARY:x",
        "\r\nEND:VEVENT\r\n",
        "\u0000",
        "\u0007",
        "\u001b",
        "\u007f",
        "\u0085",
        "\u2028",
        "😀",
        "👩‍👩‍👧",
        "é",
        "ü",
        "中文",
        "\ud800",
        "\udc00",
        "a",
        "Séance",
        "0",
        "^",
        "\\,",
        "\\;",
        "http://x.y/?a=1&b=2"
    };

    static String hostile(Random random) {
        StringBuilder out = new StringBuilder();
        int parts = random.nextInt(40);
        for (int i = 0; i < parts; i++) {
            if (random.nextInt(10) == 0) {
                out.append((char) random.nextInt(0x20));
            } else if (random.nextInt(12) == 0) {
                out.append("x".repeat(random.nextInt(100)));
            } else {
                out.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return out.toString();
    }

    @Test
    void everyTextComesBackExactly() throws Exception {
        System.out.println("HostileTextTest seed " + SEED);
        Random random = new Random(SEED);
        List<Session> sessions = new ArrayList<>();
        List<String[]> inputs = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            String title = hostile(random);
            String description = hostile(random) + "x";
            String place = hostile(random) + "y";
            String topic = hostile(random) + "t";
            String otherTopic = "t" + hostile(random);
            inputs.add(new String[] {title, description, place, topic, otherTopic});
            sessions.add(Session.builder(
                            SessionId.of("s" + i),
                            TestArchives.IDC,
                            ExactSchedule.of(
                                    LocalDate.of(2016, 1, 1).plusDays(i % 700),
                                    LocalTime.of(18, 0),
                                    LocalTime.of(20, 0),
                                    TestArchives.PARIS))
                    .title(Text.fr(title))
                    .description(Text.fr(description))
                    .venue(Venue.named(place))
                    .topics(List.of(Text.fr(topic), Text.fr(otherTopic)))
                    .build());
        }
        String organisationName = hostile(random) + "Org";
        Archive archive = Archive.builder(
                        Organisation.builder(TestArchives.IDC, organisationName).build())
                .sessions(sessions)
                .build();
        String feed = IcalWriter.of(IcalOptions.builder("example.org")
                        .productVersion("test")
                        .build())
                .feed(archive);

        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(SESSIONS, events.size(), "one VEVENT per session, no forged or lost component");
        assertEquals(1, calendar.getComponents("VTIMEZONE").size());
        for (int i = 0; i < SESSIONS; i++) {
            VEvent event = events.get(i);
            String[] input = inputs.get(i);
            String context = "session " + i + " (seed " + SEED + ")";
            assertEquals("s" + i + "@example.org", value(event, "UID"), context);
            assertEquals(1, event.getProperties("SUMMARY").size(), context);
            assertEquals(1, event.getProperties("DESCRIPTION").size(), context);
            assertEquals(1, event.getProperties("LOCATION").size(), context);
            assertEquals(1, event.getProperties("CATEGORIES").size(), context);
            // iCal4j 4.4 mis-reads an escaped backslash followed by "n" (RFC 5545 "\\n" is a
            // backslash then "n"); it is our oracle for every text without a backslash.
            checkWithoutBackslash(input[0], value(event, "SUMMARY"), context);
            checkWithoutBackslash(input[1], value(event, "DESCRIPTION"), context);
            checkWithoutBackslash(input[2], value(event, "LOCATION"), context);
        }

        IcalImport imported =
                IcalReader.of(TestArchives.IDC, java.util.Locale.FRENCH).read(feed);
        assertEquals(SESSIONS, imported.sessions().size());
        for (int i = 0; i < SESSIONS; i++) {
            Session session = imported.sessions().get(i);
            String[] input = inputs.get(i);
            String context = "session " + i + " (seed " + SEED + ")";
            assertEquals(TextEscaper.normalise(input[0]), session.title().original(), context);
            assertEquals(TextEscaper.normalise(input[1]), session.description().original(), context);
            assertEquals(TextEscaper.normalise(input[2]), session.venue().name(), context);
            // a category is one value of a list: our reader trims it, and keeps one of equal values
            assertEquals(
                    java.util.stream.Stream.of(input[3], input[4])
                            .map(topic -> Text.fr(TextEscaper.normalise(topic).trim()))
                            .distinct()
                            .toList(),
                    session.topics(),
                    context);
        }
    }

    private static void checkWithoutBackslash(String input, String read, String context) {
        if (input.indexOf('\\') < 0) {
            assertEquals(TextEscaper.normalise(input), read, context);
        }
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().getValue();
    }
}
