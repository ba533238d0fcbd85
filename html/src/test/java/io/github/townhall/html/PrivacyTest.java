package io.github.townhall.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.deliberation.Appointment;
import io.github.townhall.deliberation.Proposal;
import io.github.townhall.organisation.Party;
import io.github.townhall.organisation.RoleAssignment;
import io.github.townhall.people.ContactPoint;
import io.github.townhall.people.Person;
import io.github.townhall.session.ActionItem;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionRole;
import io.github.townhall.session.Speaker;
import io.github.townhall.testing.Samples;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * People of the archive's register are named in no page unless the option says so: over 300
 * generated archives, no name of {@code archive.people()} appears that the archive does not also
 * publish on purpose (a speaker's, an appointee's, a board member's, a party named by name, a
 * contact's).
 */
class PrivacyTest {
    @Test
    void noPersonOfTheRegisterIsNamedByDefault() {
        long seed = Samples.seed();
        for (Archive archive : Samples.archives(seed, 300)) {
            String pages = everyPage(SiteFixtures.generated(archive), archive);
            for (String name : privateNames(archive)) {
                assertTrue(
                        !pages.contains(name) && !pages.contains(name.replace("'", "&#39;")),
                        () -> name + " of the register is named in a page of " + archive + " (seed " + seed + ")");
            }
        }
    }

    @Test
    void theOptionNamesThem() {
        // The test above can fail: with the option, attendance lists name people of the register.
        long seed = Samples.seed();
        int named = 0;
        for (Archive archive : Samples.archives(seed, 60)) {
            HtmlSite site = HtmlSite.of(HtmlOptions.builder(
                            SiteFixtures.generated(archive).options().urls())
                    .showAttendees(true)
                    .build());
            String pages = everyPage(site, archive);
            for (String name : privateNames(archive)) {
                if (pages.contains(name) || pages.contains(name.replace("'", "&#39;"))) {
                    named++;
                }
            }
        }
        assertTrue(named > 0, "no person of the register named with showAttendees, seed " + seed);
    }

    static String everyPage(HtmlSite site, Archive archive) {
        StringBuilder out = new StringBuilder(site.agenda(archive));
        for (Cycle cycle : archive.cycles()) {
            out.append(site.cycle(archive, cycle.id()));
        }
        for (Session session : archive.sessions()) {
            if (session.visibility() == io.github.townhall.session.Visibility.PUBLIC) {
                out.append(site.session(archive, session));
                if (HtmlSite.hasMinutesPage(session)) {
                    out.append(site.minutes(archive, session));
                }
            }
        }
        return out.toString();
    }

    /** The register's names that the archive publishes nowhere on purpose. */
    static Set<String> privateNames(Archive archive) {
        Set<String> published = new HashSet<>();
        // board members hold a public office: the agenda names them, as Archive.withoutPersonalData() keeps them
        for (RoleAssignment role : archive.organisation().board()) {
            if (role.holder() != null) {
                published.add(role.holder().name());
            }
        }
        for (Session session : archive.sessions()) {
            for (Speaker speaker : session.speakers()) {
                published.add(speaker.person().name());
            }
            for (Appointment appointment : session.appointments()) {
                if (appointment.appointee() != null) {
                    published.add(appointment.appointee().name());
                }
                named(appointment.appointedBy(), published);
            }
            for (Proposal proposal : session.proposals()) {
                named(proposal.proposedBy(), published);
            }
            for (ActionItem item : session.actionItems()) {
                named(item.owner(), published);
            }
            for (SessionRole role : session.roles()) {
                named(role.holder(), published);
            }
            if (session.practical() != null && session.practical().contact() != null) {
                ContactPoint contact = session.practical().contact();
                if (contact.name() != null) {
                    published.add(contact.name());
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (Person person : archive.people()) {
            if (!published.contains(person.name())) {
                names.add(person.name());
            }
        }
        return new HashSet<>(names);
    }

    private static void named(Party party, Set<String> published) {
        if (party instanceof Party.Named named) {
            published.add(named.name());
        }
    }
}
