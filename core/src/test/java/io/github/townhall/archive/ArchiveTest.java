package io.github.townhall.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.cycle.CycleId;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionId;
import io.github.townhall.testing.Seeds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveTest {

    @Test
    void sessionsOfACycleAreOrderedByOrdinalWhateverTheirOrderInTheArchive() {
        Archive archive = Seeds.toulouse();
        List<Session> shuffled = new ArrayList<>(archive.sessions());
        Collections.reverse(shuffled);
        Archive reversed = archive.withSessions(shuffled);
        assertEquals(archive.sessionsOf(Seeds.TOULOUSE_CYCLE), reversed.sessionsOf(Seeds.TOULOUSE_CYCLE));
        assertEquals(
                List.of(1, 2, 3, 4),
                reversed.sessionsOf(Seeds.TOULOUSE_CYCLE).stream()
                        .map(s -> s.cycle().ordinal())
                        .toList());
    }

    @Test
    void sessionsOutsideTheCycleAreNotListed() {
        Archive archive = Seeds.impActe();
        assertEquals(4, archive.sessions().size());
        assertEquals(2, archive.sessionsOf(Seeds.IMP_ACTE_MEETINGS).size());
        assertTrue(archive.sessionsOf(CycleId.of("unknown")).isEmpty());
    }

    @Test
    void findsSessionsAndCyclesById() {
        Archive archive = Seeds.toulouse();
        assertEquals(
                Seeds.toulouseSession(3),
                archive.session(Seeds.toulouseSession(3)).id());
        assertNull(archive.session(SessionId.of("none")));
        assertEquals(Seeds.TOULOUSE_CYCLE, archive.cycle(Seeds.TOULOUSE_CYCLE).id());
    }

    @Test
    void seedsAreEqualWhenBuiltTwice() {
        assertEquals(Seeds.toulouse(), Seeds.toulouse());
        assertEquals(Seeds.impActe().hashCode(), Seeds.impActe().hashCode());
    }

    @Test
    void toStringSummarises() {
        assertEquals(
                "Archive[institut-de-la-concertation, 1 cycles, 4 sessions]",
                Seeds.toulouse().toString());
    }
}
