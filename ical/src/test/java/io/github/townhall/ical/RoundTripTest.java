package io.github.townhall.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.schedule.OpenEndedSchedule;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RoundTripTest {
    private static final IcalWriter WRITER = IcalWriter.of(IcalOptions.builder("idc.example.org")
            .productVersion("test")
            .tentativePolicy(TentativePolicy.ALL_DAY)
            .build());
    private static final IcalReader READER = IcalReader.of(TestArchives.IDC, Locale.FRENCH);

    static List<String> events(String feed) {
        List<String> events = new ArrayList<>();
        int from = 0;
        while ((from = feed.indexOf("BEGIN:VEVENT", from)) >= 0) {
            int to = feed.indexOf("END:VEVENT", from);
            events.add(feed.substring(from, to));
            from = to;
        }
        return events;
    }

    @Test
    void exportImportExportGivesTheSameEvents() {
        Archive archive = TestArchives.toulouse();
        String first = WRITER.feed(archive);
        IcalImport imported = READER.read(first);
        assertEquals(List.of(), imported.issues());
        String second = WRITER.feed(
                archive.with().cycles(List.of()).sessions(imported.sessions()).build());
        assertEquals(events(first), events(second));
        assertEquals(5, events(second).size());
    }

    @Test
    void importedSessionsKeepIdsTimesStatusAndRevision() {
        IcalImport imported = READER.read(WRITER.feed(TestArchives.toulouse()));
        Session second = imported.sessions().get(1);
        Session original = TestArchives.toulouse().sessions().get(1);
        assertEquals(original.id(), second.id());
        assertEquals(original.schedule(), second.schedule());
        assertEquals(original.revision(), second.revision());
        assertEquals(original.format(), second.format());
        assertEquals(original.status(), second.status(), "X-TOWNHALL-STATUS tells held from scheduled");
        Session third = imported.sessions().get(2);
        assertTrue(third.schedule() instanceof OpenEndedSchedule, "an assumed end is read back as an open end");
        assertEquals(TestArchives.toulouse().sessions().get(2).schedule(), third.schedule());
        assertEquals(SessionStatus.CANCELLED, third.status());
        assertEquals(
                TestArchives.toulouse().sessions().get(3).schedule(),
                imported.sessions().get(3).schedule());
        assertTrue(imported.sessions().get(3).schedule() instanceof TentativeSchedule);
        Session online = imported.sessions().get(4);
        assertEquals(
                TestArchives.toulouse().sessions().get(4).venue().onlineLink(),
                online.venue().onlineLink());
        assertNull(online.venue().name());
    }
}
