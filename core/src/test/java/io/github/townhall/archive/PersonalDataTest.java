package io.github.townhall.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.deliberation.Appointment;
import io.github.townhall.organisation.BoardRole;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.organisation.Party;
import io.github.townhall.organisation.RoleAssignment;
import io.github.townhall.people.Person;
import io.github.townhall.people.PersonId;
import io.github.townhall.schedule.OpenEndedSchedule;
import io.github.townhall.session.ActionItem;
import io.github.townhall.session.Attendance;
import io.github.townhall.session.Attendee;
import io.github.townhall.session.AttendeeStatus;
import io.github.townhall.session.HeadCount;
import io.github.townhall.session.MeetingRole;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionId;
import io.github.townhall.session.SessionRole;
import io.github.townhall.session.Speaker;
import io.github.townhall.testing.Samples;
import io.github.townhall.text.Text;
import io.github.townhall.validation.RecordValidator;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the personal-data operations of an archive remove, keep and replace. */
class PersonalDataTest {
    private static final OrganisationId OWN = OrganisationId.of("imp-acte");
    private static final PersonId ANNE = PersonId.of("anne");
    private static final PersonId BRUNO = PersonId.of("bruno");
    private static final PersonId CHLOE = PersonId.of("chloe");
    private static final RecordValidator VALIDATOR = RecordValidator.create();

    /**
     * Anne chairs and attends; Bruno only attends; Chloé speaks (with her id), attends, sits on the
     * board and is appointed.
     */
    private static Archive archive() {
        Person chloe = Person.of("Chloé Martin").withId(CHLOE);
        Session session = Session.builder(
                        SessionId.of("s1"),
                        OWN,
                        OpenEndedSchedule.of(LocalDate.of(2017, 12, 5), LocalTime.of(18, 0), ZoneId.of("Europe/Paris")))
                .title(Text.fr("Rencontre"))
                .addSpeakers(Speaker.of(chloe))
                .addSpeakers(Speaker.of(Person.of("Patrick Bodart")))
                .addRoles(SessionRole.of(MeetingRole.CHAIR, Party.person(ANNE)))
                .addRoles(SessionRole.of(MeetingRole.MINUTES_APPROVER, Party.meeting()))
                .attendance(new Attendance(
                        HeadCount.exactly(3),
                        List.of(),
                        null,
                        List.of(
                                Attendee.of(ANNE, AttendeeStatus.PRESENT),
                                Attendee.of(BRUNO, AttendeeStatus.REMOTE),
                                Attendee.of(CHLOE, AttendeeStatus.PRESENT))))
                .addActionItems(ActionItem.of(Text.fr("Écrire le compte-rendu")).withOwner(Party.person(ANNE)))
                .addAppointments(new Appointment(Text.fr("trésorière"), chloe, null, null, Party.person(ANNE)))
                .build();
        return Archive.builder(Organisation.builder(OWN, "IMP'acte")
                        .addBoard(RoleAssignment.of(BoardRole.TREASURER, chloe, null))
                        .build())
                .addPeople(Person.of("Anne Durand").withId(ANNE))
                .addPeople(Person.of("Bruno Petit").withCity("Rennes").withId(BRUNO))
                .addPeople(chloe)
                .addSessions(session)
                .build();
    }

    @Test
    void theExampleIsValid() {
        assertTrue(
                VALIDATOR.validate(archive()).isValid(),
                () -> VALIDATOR.validate(archive()).toString());
    }

    @Test
    void withoutPersonalDataKeepsWhatIsPublic() {
        Archive published = archive().withoutPersonalData();
        Session session = published.sessions().get(0);
        assertTrue(published.people().isEmpty());
        assertTrue(session.attendance().attendees().isEmpty());
        assertEquals(HeadCount.exactly(3), session.attendance().count(), "the head count is not personal");
        assertEquals(List.of(SessionRole.of(MeetingRole.MINUTES_APPROVER, Party.meeting())), session.roles());
        assertNull(session.actionItems().get(0).owner());
        assertNull(session.appointments().get(0).appointedBy());
        assertEquals(
                List.of("Chloé Martin", "Patrick Bodart"),
                session.speakers().stream().map(s -> s.person().name()).toList(),
                "speakers stay public");
        assertNull(session.speakers().get(0).person().id());
        assertTrue(VALIDATOR.validate(published).isValid());
        String text = published.toString() + published.sessions() + published.people();
        assertFalse(text.contains("Anne Durand") || text.contains("Bruno Petit"));
    }

    @Test
    void withoutAttendeeNamesKeepsPeopleOtherwiseReferred() {
        Archive stripped = archive().withoutAttendeeNames();
        assertTrue(stripped.sessions().get(0).attendance().attendees().isEmpty());
        assertEquals(
                List.of(ANNE),
                stripped.people().stream().map(Person::id).toList(),
                "Anne chairs; Bruno and Chloé were only attendees of the register");
        assertTrue(VALIDATOR.validate(stripped).isValid());
    }

    @Test
    void eraseRemovesEveryTraceOfThePerson() {
        Archive erased = archive().erase(CHLOE);
        Session session = erased.sessions().get(0);
        assertNull(erased.person(CHLOE));
        assertEquals(
                List.of(ANNE, BRUNO),
                session.attendance().attendees().stream().map(Attendee::person).toList());
        assertEquals(
                List.of("Patrick Bodart"),
                session.speakers().stream().map(s -> s.person().name()).toList());
        assertNull(session.appointments().get(0).appointee());
        assertNull(erased.organisation().board().get(0).holder());
        assertFalse(String.valueOf(List.of(erased, erased.sessions(), erased.organisation(), erased.people()))
                .contains("Chloé"));
    }

    @Test
    void eraseOfAReferencedPersonDropsTheirRolesAndOwnership() {
        Archive erased = archive().erase(ANNE);
        Session session = erased.sessions().get(0);
        assertEquals(
                List.of(MeetingRole.MINUTES_APPROVER),
                session.roles().stream().map(SessionRole::role).toList());
        assertNull(session.actionItems().get(0).owner());
        assertNull(session.appointments().get(0).appointedBy());
        assertFalse(erased.people().stream().anyMatch(p -> ANNE.equals(p.id())));
    }

    @Test
    void pseudonymiseReplacesThePersonEverywhere() {
        Archive renamed = archive().pseudonymise(CHLOE, "Intervenante A");
        Person replacement = Person.of("Intervenante A").withId(CHLOE);
        assertEquals(replacement, renamed.person(CHLOE));
        assertEquals(replacement, renamed.sessions().get(0).speakers().get(0).person());
        assertEquals(
                replacement, renamed.sessions().get(0).appointments().get(0).appointee());
        assertEquals(replacement, renamed.organisation().board().get(0).holder());
        assertEquals(archive().person(BRUNO), renamed.person(BRUNO), "others unchanged");
    }

    @Test
    void generatedArchivesStayValidThroughEveryOperation() {
        long seed = Samples.seed();
        for (Archive archive : Samples.archives(seed, 100)) {
            PersonId first = archive.people().get(0).id();
            for (Archive changed : List.of(
                    archive.withoutPersonalData(),
                    archive.withoutAttendeeNames(),
                    archive.erase(first),
                    archive.pseudonymise(first, "X"))) {
                assertTrue(
                        VALIDATOR.validate(changed).isValid(),
                        () -> "seed " + seed + ": " + VALIDATOR.validate(changed));
            }
            assertTrue(archive.withoutPersonalData().people().isEmpty());
        }
    }

    @Test
    void openActionItemsAcrossSessions() {
        Archive archive = archive();
        Session session = archive.sessions().get(0);
        ActionItem open = session.actionItems().get(0);
        assertEquals(List.of(open), archive.openActionItems().get(session.id()));
        Archive done = archive.withSessions(List.of(session.withActionItems(
                List.of(open.changedIn(session.id(), io.github.townhall.session.ActionStatus.DONE)))));
        assertTrue(done.openActionItems().isEmpty());
    }
}
