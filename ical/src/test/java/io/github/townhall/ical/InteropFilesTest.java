package io.github.townhall.ical;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.ical.internal.Labels;
import io.github.townhall.place.Venue;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.schedule.OpenEndedSchedule;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.session.CyclePosition;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionFormat;
import io.github.townhall.text.Text;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Writes the feeds that {@code interop/check.sh} reads with ical.js and python-icalendar into
 * {@code target/interop/}, each with a {@code .expected.json} listing, per event, the UID, the
 * start instant, the summary, the location, the status and the categories we meant.
 */
class InteropFilesTest {
    @Test
    void writesFeedsAndExpectations() throws IOException {
        Path dir = Path.of("target/interop");
        Files.createDirectories(dir);
        IcalOptions options = IcalOptions.builder("idc.example.org")
                .productVersion("interop")
                .tentativePolicy(TentativePolicy.ALL_DAY)
                .build();
        IcalWriter writer = IcalWriter.of(options);
        Archive toulouse = TestArchives.toulouse();
        write(dir, "toulouse-feed", writer, toulouse, toulouse.sessions());
        // Without backslashes: python-icalendar 4.0.3, like iCal4j 4.4, mis-reads an escaped
        // backslash (ical.js reads it right; HostileTextTest covers backslashes with our reader).
        Archive seed = io.github.townhall.testing.Seeds.toulouse();
        write(dir, "seed-toulouse", writer, seed, seed.sessions());
        IcalWriter all =
                IcalWriter.of(options.toBuilder().includeMembersOnly(true).build());
        Archive impActe = io.github.townhall.testing.Seeds.impActe();
        write(dir, "seed-impacte", all, impActe, impActe.sessions());
        Random random = new Random(42);
        List<Session> hostile = toulouse.sessions().stream()
                .map(s -> s.withTitle(Text.fr(HostileTextTest.hostile(random).replace("\\", "") + "t"))
                        .withVenue(Venue.named(HostileTextTest.hostile(random).replace("\\", "") + "v")))
                .toList();
        write(dir, "hostile", writer, toulouse.withSessions(hostile), hostile);
        // sessions at transitions, across midnight, in zones whose rules changed (see
        // TimeZoneEdgeTest for the gap and overlap times, which readers resolve differently)
        Archive edges = TimeZoneEdgeTest.unambiguousArchive();
        write(dir, "timezone-edges", writer, edges, edges.sessions());
        assertTrue(Files.size(dir.resolve("toulouse-feed.ics")) > 0);
    }

    private static void write(Path dir, String name, IcalWriter writer, Archive archive, List<Session> sessions)
            throws IOException {
        String feed = writer.feed(archive);
        Files.writeString(dir.resolve(name + ".ics"), feed, StandardCharsets.UTF_8);
        IcalImport read = IcalReader.of(archive.organisation().id(), java.util.Locale.FRENCH)
                .read(feed);
        StringBuilder json = new StringBuilder("[\n");
        for (Session written : read.sessions()) {
            Text title = written.title();
            Session original = sessions.stream()
                    .filter(s -> s.id().equals(written.id()))
                    .findFirst()
                    .orElseThrow();
            if (json.length() > 2) {
                json.append(",\n");
            }
            json.append("  {\"uid\": ")
                    .append(quote(original.id().value() + "@" + writer.options().domain()))
                    .append(", \"start\": ")
                    .append(quote(start(original)))
                    .append(", \"summary\": ")
                    .append(quote(title != null ? title.original() : ""))
                    .append(", \"location\": ")
                    .append(quote(location(written)))
                    .append(", \"status\": ")
                    .append(quote(status(original)))
                    .append(", \"categories\": [")
                    .append(String.join(
                            ", ",
                            categories(original, archive, writer.options()).stream()
                                    .map(InteropFilesTest::quote)
                                    .toList()))
                    .append("]}");
        }
        json.append("\n]\n");
        Files.writeString(dir.resolve(name + ".expected.json"), json, StandardCharsets.UTF_8);
    }

    /**
     * The categories we mean: the format in the event's language (none for "other"), then the
     * topics; the feeds here hold no topic that reads as a format, no comma in a topic
     * (python-icalendar 4.0.3 splits at an escaped comma), and topics in the event's language.
     */
    private static List<String> categories(Session session, Archive archive, IcalOptions options) {
        Locale language = options.language();
        Text label = session.label();
        CyclePosition position = session.cycle();
        Cycle cycle = position != null ? archive.cycle(position.cycle()) : null;
        if (language == null) {
            language = label != null
                    ? label.originalLanguage()
                    : cycle != null ? cycle.title().originalLanguage() : Locale.ENGLISH;
        }
        List<String> categories = new ArrayList<>();
        if (session.format() != SessionFormat.OTHER) {
            categories.add(Labels.of(language).format(session.format()));
        }
        for (Text topic : session.topics()) {
            categories.add(topic.bestFor(language));
        }
        return categories;
    }

    private static String start(Session session) {
        if (session.schedule() instanceof ExactSchedule exact) {
            return exact.zonedStart().toInstant().toString();
        }
        if (session.schedule() instanceof OpenEndedSchedule open) {
            return open.zonedStart().toInstant().toString();
        }
        return ((TentativeSchedule) session.schedule()).from().toString();
    }

    private static String location(Session session) {
        Venue venue = session.venue();
        if (venue == null) {
            return "";
        }
        String name = venue.name();
        if (name != null) {
            return name;
        }
        URI online = venue.onlineLink();
        return online != null ? online.toString() : "";
    }

    private static String status(Session session) {
        if (session.schedule() instanceof TentativeSchedule
                && session.status() != io.github.townhall.session.SessionStatus.CANCELLED) {
            return "TENTATIVE";
        }
        return switch (session.status()) {
            case PLANNED, POSTPONED -> "TENTATIVE";
            case SCHEDULED, HELD -> "CONFIRMED";
            case CANCELLED -> "CANCELLED";
        };
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
