package io.github.townhall.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.organisation.Party;
import io.github.townhall.people.Person;
import io.github.townhall.schedule.UndatedSchedule;
import io.github.townhall.session.Attendance;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionRole;
import io.github.townhall.session.Speaker;
import io.github.townhall.testing.Samples;
import io.github.townhall.text.Text;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Feeds are public: whatever a generated archive records about people (its register, the
 * attendees of its sessions, the roles people held), no feed written from it names a person of
 * the register, or a person holding a role, unless that exact name is also a speaker's (speakers
 * are announced by name). No feed has an ATTENDEE.
 */
class PrivacyTest {
    private static final IcalOptions EVERYTHING = IcalOptions.builder("example.org")
            .productVersion("test")
            .includeMembersOnly(true)
            .tentativePolicy(TentativePolicy.ALL_DAY)
            .build();

    /** Every feed that can be written from the archive, in French and in English. */
    private static List<String> feeds(Archive archive) {
        List<String> feeds = new ArrayList<>();
        for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            IcalWriter writer =
                    IcalWriter.of(EVERYTHING.toBuilder().language(language).build());
            feeds.add(writer.feed(archive));
            feeds.add(IcalWriter.of(IcalOptions.defaults("example.org")).feed(archive));
            for (Cycle cycle : archive.cycles()) {
                feeds.add(writer.cycleFeed(archive, cycle.id()));
            }
            for (Session session : archive.sessions()) {
                if (!(session.schedule() instanceof UndatedSchedule)) {
                    feeds.add(writer.session(archive, session));
                }
            }
            StringWriter out = new StringWriter();
            writer.writeFeed(archive.organisation(), archive.sessions(), out);
            feeds.add(out.toString());
        }
        return feeds;
    }

    /** The text a reader sees: lines unfolded, TEXT escapes undone. */
    static String readable(String feed) {
        return feed.replace("\r\n ", "")
                .replace("\\n", "\n")
                .replace("\\N", "\n")
                .replace("\\,", ",")
                .replace("\\;", ";")
                .replace("\\\\", "\\");
    }

    /** The names the archive must not publish: the register's, and those of people holding roles. */
    private static Set<String> privateNames(Archive archive) {
        Set<String> names = new HashSet<>();
        for (Person person : archive.people()) {
            names.add(person.name());
        }
        for (Session session : archive.sessions()) {
            for (SessionRole role : session.roles()) {
                if (role.holder() instanceof Party.Named named) {
                    names.add(named.name());
                }
            }
        }
        for (Session session : archive.sessions()) {
            for (Speaker speaker : session.speakers()) {
                names.remove(speaker.person().name());
            }
        }
        return names;
    }

    private static List<String> leaks(Archive archive) {
        Set<String> names = privateNames(archive);
        List<String> leaks = new ArrayList<>();
        for (String feed : feeds(archive)) {
            if (feed.lines().anyMatch(line -> line.startsWith("ATTENDEE"))) {
                leaks.add("ATTENDEE");
            }
            String readable = readable(feed);
            for (String name : names) {
                if (readable.contains(name)) {
                    leaks.add(name);
                }
            }
        }
        return leaks;
    }

    @Test
    void noFeedNamesAPersonOfTheRegisterOrARoleHolderUnlessASpeaker() {
        long seed = Samples.seed();
        int withAttendees = 0;
        int withRoles = 0;
        int checkedNames = 0;
        for (Archive archive : Samples.archives(seed, 300)) {
            List<String> leaks = leaks(archive);
            if (!leaks.isEmpty()) {
                fail("seed " + seed + ", " + archive + ": a feed names " + leaks);
            }
            checkedNames += privateNames(archive).size();
            for (Session session : archive.sessions()) {
                Attendance attendance = session.attendance();
                if (attendance != null && !attendance.attendees().isEmpty()) {
                    withAttendees++;
                }
                if (!session.roles().isEmpty()) {
                    withRoles++;
                }
            }
        }
        // the archives did hold the personal data the feeds leave out
        assertTrue(withAttendees > 0, "no session with attendees");
        assertTrue(withRoles > 0, "no session with roles");
        assertTrue(checkedNames > 0, "no private name to look for");
    }

    @Test
    void theCheckFindsANameThatReachesAFeed() {
        Archive archive = Samples.archives(Samples.seed(), 50).stream()
                .filter(a -> !privateNames(a).isEmpty()
                        && a.sessions().stream().anyMatch(s -> !(s.schedule() instanceof UndatedSchedule)))
                .findFirst()
                .orElseThrow();
        String name = privateNames(archive).iterator().next();
        assertEquals(List.of(), leaks(archive));
        Archive leaking = archive.withSessions(archive.sessions().stream()
                .map(s -> s.withTitle(Text.fr("Avec " + name)))
                .toList());
        assertFalse(leaks(leaking).isEmpty());
        assertTrue(leaks(leaking).contains(name));
    }
}
