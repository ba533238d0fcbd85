package io.github.townhall.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.townhall.archive.Archive;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Pins the bytes of the feeds: the same records and options always give these files. Run with
 * {@code -Dgolden.update=true} to rewrite them after a deliberate change, then read the diff.
 */
class GoldenFileTest {
    static final IcalWriter WRITER = IcalWriter.of(
            IcalOptions.builder("idc.example.org").productVersion("golden").build());

    @Test
    void organisationFeed() throws IOException {
        check("toulouse-feed.ics", WRITER.feed(TestArchives.toulouse()));
    }

    @Test
    void cycleFeedWithTentativeSessionsAsAllDayEvents() throws IOException {
        IcalWriter writer = IcalWriter.of(WRITER.options().toBuilder()
                .tentativePolicy(TentativePolicy.ALL_DAY)
                .language(java.util.Locale.ENGLISH)
                .build());
        check("toulouse-cycle-en.ics", writer.cycleFeed(TestArchives.toulouse(), TestArchives.TOULOUSE));
    }

    @Test
    void toulouseSeedFeed() throws IOException {
        check("seed-toulouse.ics", WRITER.feed(io.github.townhall.testing.Seeds.toulouse()));
    }

    @Test
    void impActeSeedFeed() throws IOException {
        IcalWriter writer = IcalWriter.of(WRITER.options().toBuilder()
                .includeMembersOnly(true)
                .tentativePolicy(TentativePolicy.ALL_DAY)
                .build());
        check("seed-impacte.ics", writer.feed(io.github.townhall.testing.Seeds.impActe()));
    }

    @Test
    void singleSession() throws IOException {
        Archive archive = TestArchives.toulouse();
        check("toulouse-2.ics", WRITER.session(archive, archive.sessions().get(1)));
    }

    @Test
    void sameInputSameBytesAndOutputStreamMatchesWriter() {
        Archive archive = TestArchives.toulouse();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WRITER.writeFeed(archive, bytes);
        assertEquals(WRITER.feed(archive), bytes.toString(StandardCharsets.UTF_8));
        assertEquals(WRITER.feed(archive), WRITER.feed(TestArchives.toulouse()));
    }

    @Test
    void clockStampsEveryEvent() {
        Instant now = Instant.parse("2026-11-23T12:00:00Z");
        IcalWriter writer = IcalWriter.of(WRITER.options().toBuilder()
                .clock(Clock.fixed(now, ZoneOffset.UTC))
                .build());
        String feed = writer.feed(TestArchives.toulouse());
        assertEquals(4, feed.split("DTSTAMP:20261123T120000Z", -1).length - 1);
    }

    static void check(String name, String actual) throws IOException {
        Path source = Path.of("src/test/resources/golden", name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(source.getParent());
            Files.writeString(source, actual, StandardCharsets.UTF_8);
        }
        try (InputStream in = GoldenFileTest.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new AssertionError("No golden file " + name + "; run with -Dgolden.update=true");
            }
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, name);
        }
    }
}
