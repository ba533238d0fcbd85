package io.github.townhall.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.townhall.archive.Archive;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionStatus;
import io.github.townhall.session.Visibility;
import io.github.townhall.testing.Samples;
import io.github.townhall.testing.Seeds;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Export, import, export again gives the same events: for both seeds and generated archives. */
class SeedRoundTripTest {
    private static final IcalWriter WRITER = IcalWriter.of(IcalOptions.builder("example.org")
            .productVersion("test")
            .tentativePolicy(TentativePolicy.ALL_DAY)
            .includeMembersOnly(true)
            .build());

    private static void assertRoundTrip(Archive archive) {
        String first = WRITER.feed(archive);
        IcalImport imported =
                IcalReader.of(archive.organisation().id(), Locale.FRENCH).read(first);
        String second = WRITER.feed(
                archive.with().cycles(List.of()).sessions(imported.sessions()).build());
        assertEquals(RoundTripTest.events(first), RoundTripTest.events(second), archive.toString());
        assertEquals(archive.sessions().size(), imported.sessions().size());
    }

    @Test
    void theToulouseCycle() {
        assertRoundTrip(Seeds.toulouse());
    }

    @Test
    void theImpActeMeetings() {
        assertRoundTrip(Seeds.impActe());
    }

    @Test
    void importedSeedSessionsKeepTheirIdsSchedulesAndStatus() {
        Archive archive = Seeds.impActe();
        List<Session> imported = IcalReader.of(Seeds.IMP_ACTE, Locale.FRENCH)
                .read(WRITER.feed(archive))
                .sessions();
        for (int i = 0; i < imported.size(); i++) {
            assertEquals(archive.sessions().get(i).id(), imported.get(i).id());
            assertEquals(archive.sessions().get(i).schedule(), imported.get(i).schedule());
            // STATUS:CONFIRMED says scheduled or held alike: a held session reads back as scheduled.
            SessionStatus written = archive.sessions().get(i).status();
            assertEquals(
                    written == SessionStatus.HELD ? SessionStatus.SCHEDULED : written,
                    imported.get(i).status());
        }
        assertFalse(imported.isEmpty());
    }

    @Test
    void generatedArchives() {
        long seed = Samples.seed();
        for (Archive archive : Samples.archives(seed, 100)) {
            assertRoundTrip(archive.withSessions(archive.sessions().stream()
                    .map(s -> s.withVisibility(Visibility.PUBLIC))
                    .toList()));
        }
    }
}
