package io.github.townhall.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.schedule.UndatedSchedule;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionFormat;
import io.github.townhall.session.Visibility;
import io.github.townhall.testing.Samples;
import io.github.townhall.testing.Seeds;
import io.github.townhall.text.Text;
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
        List<Session> dated = dated(archive);
        assertEquals(
                dated.stream().map(Session::id).toList(),
                imported.sessions().stream().map(Session::id).toList());
        for (int i = 0; i < dated.size(); i++) {
            assertEquals(
                    dated.get(i).topics().stream()
                            .map(t -> t.bestFor(Locale.FRENCH).strip())
                            .distinct()
                            .toList(),
                    imported.sessions().get(i).topics().stream()
                            .map(Text::original)
                            .toList(),
                    dated.get(i).id().toString());
        }
    }

    /** The sessions a feed holds: all but the undated ones (with every visibility and tentative period). */
    private static List<Session> dated(Archive archive) {
        return archive.sessions().stream()
                .filter(s -> !(s.schedule() instanceof UndatedSchedule))
                .toList();
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
    void theUndatedSessionIsLeftOutAndTheTopicsComeBack() {
        Archive archive = Seeds.impActe();
        assertTrue(archive.sessions().stream().anyMatch(s -> s.schedule() instanceof UndatedSchedule));
        IcalImport imported = IcalReader.of(Seeds.IMP_ACTE, Locale.FRENCH).read(WRITER.feed(archive));
        assertTrue(imported.sessions().stream().noneMatch(s -> s.id().equals(Seeds.IMP_ACTE_FIRST_DEBATE)));
        assertEquals(dated(archive).size(), imported.sessions().size());
        Session third = IcalReader.of(Seeds.IDC, Locale.FRENCH)
                .read(WRITER.feed(Seeds.toulouse()))
                .sessions()
                .get(2);
        assertEquals(List.of(Text.fr("numérique"), Text.fr("participation citoyenne")), third.topics());
        assertEquals(SessionFormat.NETWORK_MEETING, third.format());
    }

    @Test
    void importedSeedSessionsKeepTheirIdsSchedulesAndStatus() {
        Archive archive = Seeds.impActe();
        List<Session> imported = IcalReader.of(Seeds.IMP_ACTE, Locale.FRENCH)
                .read(WRITER.feed(archive))
                .sessions();
        List<Session> dated = dated(archive);
        assertEquals(dated.size(), imported.size());
        for (int i = 0; i < imported.size(); i++) {
            assertEquals(dated.get(i).id(), imported.get(i).id());
            assertEquals(dated.get(i).schedule(), imported.get(i).schedule());
            // STATUS:CONFIRMED says scheduled or held alike: X-TOWNHALL-STATUS tells them apart.
            assertEquals(
                    dated.get(i).status(),
                    imported.get(i).status(),
                    dated.get(i).id().value());
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
