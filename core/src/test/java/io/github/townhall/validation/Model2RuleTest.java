package io.github.townhall.validation;

import static io.github.townhall.validation.RuleTest.assertOnly;
import static io.github.townhall.validation.RuleTest.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.archive.DirectoryEntriesUnique;
import io.github.townhall.archive.NextSessionNotCopied;
import io.github.townhall.archive.ReferencesResolve;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.deliberation.Appointment;
import io.github.townhall.organisation.ListedOrganisation;
import io.github.townhall.organisation.MemberCount;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.organisation.PartnerRole;
import io.github.townhall.organisation.Partnership;
import io.github.townhall.organisation.Party;
import io.github.townhall.organisation.ProjectGroupId;
import io.github.townhall.organisation.Quorum;
import io.github.townhall.organisation.QuorumMeasurable;
import io.github.townhall.organisation.ShareOfOne;
import io.github.townhall.people.ContactPoint;
import io.github.townhall.people.Person;
import io.github.townhall.people.PersonId;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.session.ActionItem;
import io.github.townhall.session.ActionStatus;
import io.github.townhall.session.Admission;
import io.github.townhall.session.Attendance;
import io.github.townhall.session.Attendee;
import io.github.townhall.session.AttendeeStatus;
import io.github.townhall.session.AttendeesMatchCount;
import io.github.townhall.session.DateSetWhenScheduled;
import io.github.townhall.session.DueNotBeforeSession;
import io.github.townhall.session.HeadCount;
import io.github.townhall.session.HeldOnKnownDate;
import io.github.townhall.session.MeetingRole;
import io.github.townhall.session.NextSession;
import io.github.townhall.session.PracticalDetails;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionId;
import io.github.townhall.session.SessionRole;
import io.github.townhall.session.SessionStatus;
import io.github.townhall.text.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the Model 2 concepts, one record breaking one rule each. */
class Model2RuleTest {
    private static final OrganisationId OWN = OrganisationId.of("imp-acte");
    private static final OrganisationId COLLEGE = OrganisationId.of("college");
    private static final PersonId ANNE = PersonId.of("anne");

    /** A valid archive: the organisation, one listed organisation, one person, one session. */
    private static Archive archive(Session session) {
        return Archive.builder(Organisation.builder(OWN, "IMP'acte")
                        .addProjectGroups(new io.github.townhall.organisation.ProjectGroup(
                                ProjectGroupId.of("g1"), Text.fr("Groupe"), null, List.of(), List.of()))
                        .build())
                .addDirectory(ListedOrganisation.of(COLLEGE, "Collège Coopératif en Bretagne"))
                .addPeople(Person.of("Anne").withId(ANNE))
                .addSessions(session)
                .build();
    }

    @Test
    void everyReferenceResolvingIsValid() {
        Session session = session()
                .with()
                .addPartners(Partnership.of(COLLEGE, PartnerRole.HOST))
                .addRoles(SessionRole.of(MeetingRole.CHAIR, Party.person(ANNE)))
                .addRoles(SessionRole.of(MeetingRole.MINUTES_APPROVER, Party.meeting()))
                .attendance(new Attendance(
                        HeadCount.exactly(1), List.of(), null, List.of(Attendee.of(ANNE, AttendeeStatus.REMOTE))))
                .addActionItems(ActionItem.of(Text.fr("Écrire"))
                        .withOwner(Party.group(ProjectGroupId.of("g1")))
                        .changedIn(SessionId.of("s1"), ActionStatus.DONE))
                .build();
        ValidationReport report = RuleTest.VALIDATOR.validate(archive(session));
        assertTrue(report.isValid(), report::toString);
    }

    // A quorum is a count or a share of a recorded member count.

    @Test
    void quorumShareAboveOne() {
        assertOnly(
                Organisation.builder(OWN, "IMP'acte")
                        .quorum(Quorum.share(new BigDecimal("1.5")))
                        .members(MemberCount.of(30, LocalDate.of(2017, 9, 1)))
                        .build(),
                "quorum.share",
                ShareOfOne.class);
    }

    @Test
    void quorumShareWithoutMemberCount() {
        assertOnly(
                Organisation.builder(OWN, "IMP'acte")
                        .quorum(Quorum.share(new BigDecimal("0.5")))
                        .build(),
                "members",
                QuorumMeasurable.class);
    }

    @Test
    void quorumOfNobody() {
        assertOnly(
                Organisation.builder(OWN, "IMP'acte").quorum(Quorum.count(0)).build(), "quorum.people", Positive.class);
    }

    // Named attendance agrees with the head count.

    @Test
    void listNamesMorePeopleThanTheHeadCount() {
        Attendance attendance = new Attendance(
                HeadCount.exactly(1),
                List.of(),
                null,
                List.of(
                        Attendee.of(ANNE, AttendeeStatus.PRESENT),
                        Attendee.of(PersonId.of("bruno"), AttendeeStatus.REMOTE),
                        Attendee.of(PersonId.of("chloe"), AttendeeStatus.EXCUSED)));
        assertOnly(session().withAttendance(attendance), "attendance.count", AttendeesMatchCount.class);
        assertTrue(RuleTest.VALIDATOR
                .validate(session().withAttendance(attendance.withCount(HeadCount.exactly(2))))
                .isValid());
    }

    @Test
    void approximateCountBesideAListIsValid() {
        Attendance attendance = new Attendance(
                HeadCount.about(15), List.of(), null, List.of(Attendee.of(ANNE, AttendeeStatus.PRESENT)));
        assertTrue(RuleTest.VALIDATOR
                .validate(session().withAttendance(attendance))
                .isValid());
    }

    // A session whose date is not set is planned, postponed or cancelled.

    @Test
    void plannedWithoutDateIsValid() {
        assertTrue(RuleTest.VALIDATOR
                .validate(session().withSchedule(Schedule.undated()).withStatus(SessionStatus.PLANNED))
                .isValid());
    }

    @Test
    void scheduledWithoutDate() {
        assertOnly(session().withSchedule(Schedule.undated()), "schedule", DateSetWhenScheduled.class);
    }

    @Test
    void heldWithoutDate() {
        assertOnly(
                session().withSchedule(Schedule.undated()).withStatus(SessionStatus.HELD),
                "schedule",
                HeldOnKnownDate.class);
    }

    // Action items are not due before the session.

    @Test
    void actionItemDueBeforeTheSession() {
        ActionItem item = ActionItem.of(Text.fr("Préciser la thématique")).withDue(LocalDate.of(2017, 12, 4));
        assertOnly(session().withActionItems(List.of(item)), "actionItems[0].due", DueNotBeforeSession.class);
    }

    @Test
    void actionItemDueOnTheDayIsValid() {
        ActionItem item = ActionItem.of(Text.fr("Préciser la thématique")).withDue(LocalDate.of(2017, 12, 5));
        assertTrue(RuleTest.VALIDATOR
                .validate(session().withActionItems(List.of(item)))
                .isValid());
    }

    @Test
    void blankNamedOwner() {
        ActionItem item = ActionItem.of(Text.fr("Préciser la thématique")).withOwner(Party.named(" "));
        assertOnly(session().withActionItems(List.of(item)), "actionItems[0].owner.name", NotBlank.class);
    }

    // Practical details.

    @Test
    void freePriceMustBeSaidAsFree() {
        PracticalDetails details = PracticalDetails.builder()
                .admission(Admission.price(BigDecimal.ZERO, Currency.getInstance("EUR")))
                .build();
        assertOnly(session().withPractical(details), "practical.admission.amount", Positive.class);
    }

    @Test
    void contactWithBadEmail() {
        PracticalDetails details = PracticalDetails.builder()
                .contact(ContactPoint.byEmail("Accueil", "accueil@@example.org"))
                .build();
        assertOnly(session().withPractical(details), "practical.contact.email", Email.class);
    }

    // Each organisation and person is written once.

    @Test
    void directoryEntryWithTheOrganisationsOwnId() {
        Archive archive = archive(session());
        assertOnly(
                archive.withDirectory(List.of(ListedOrganisation.of(OWN, "IMP'acte encore"))),
                "directory[0].id",
                DirectoryEntriesUnique.class);
    }

    @Test
    void personTwiceInTheRegister() {
        Archive archive = archive(session());
        assertOnly(
                archive.withPeople(List.of(
                        Person.of("Anne").withId(ANNE), Person.of("Anne B.").withId(ANNE))),
                "people[1].id",
                DirectoryEntriesUnique.class);
    }

    @Test
    void personWithoutIdInTheRegister() {
        assertOnly(
                archive(session()).withPeople(List.of(Person.of("Anne"))),
                "people[0].id",
                DirectoryEntriesUnique.class);
    }

    // References point to entries of the archive.

    @Test
    void unknownPartner() {
        Session session =
                session().withPartners(List.of(Partnership.of(OrganisationId.of("nowhere"), PartnerRole.FUNDER)));
        assertOnly(archive(session), "sessions[0].partners[0].organisation", ReferencesResolve.class);
    }

    @Test
    void unknownCyclePartner() {
        Cycle cycle = Cycle.builder(CycleId.of("c"), OWN, Text.fr("Rencontres"))
                .addPartners(Partnership.of(OrganisationId.of("nowhere"), PartnerRole.PARTNER))
                .build();
        assertOnly(
                archive(session()).withCycles(List.of(cycle)),
                "cycles[0].partners[0].organisation",
                ReferencesResolve.class);
    }

    @Test
    void roleHeldByUnknownPerson() {
        Session session = session()
                .withRoles(List.of(SessionRole.of(MeetingRole.SECRETARY, Party.person(PersonId.of("nobody")))));
        assertOnly(archive(session), "sessions[0].roles[0].holder", ReferencesResolve.class);
    }

    @Test
    void unknownAttendee() {
        Attendance attendance = new Attendance(
                null, List.of(), null, List.of(Attendee.of(PersonId.of("nobody"), AttendeeStatus.PRESENT)));
        assertOnly(
                archive(session().withAttendance(attendance)),
                "sessions[0].attendance.attendees[0].person",
                ReferencesResolve.class);
    }

    @Test
    void appointmentForUnknownGroup() {
        Appointment appointment =
                new Appointment(Text.fr("référent financier"), null, ProjectGroupId.of("g9"), null, Party.meeting());
        assertOnly(
                archive(session().withAppointments(List.of(appointment))),
                "sessions[0].appointments[0].projectGroup",
                ReferencesResolve.class);
    }

    @Test
    void statusChangedInUnknownSession() {
        ActionItem item = ActionItem.of(Text.fr("Écrire")).changedIn(SessionId.of("s9"), ActionStatus.DROPPED);
        assertOnly(
                archive(session().withActionItems(List.of(item))),
                "sessions[0].actionItems[0].statusChangedIn",
                ReferencesResolve.class);
    }

    @Test
    void venueOfUnknownOrganisation() {
        Session session = session()
                .withVenue(io.github.townhall.place.Venue.builder()
                        .room("Salle 21")
                        .organisation(OrganisationId.of("nowhere"))
                        .build());
        assertOnly(archive(session), "sessions[0].venue.organisation", ReferencesResolve.class);
    }

    // One place per fact: the next session's record holds its date.

    @Test
    void nextSessionCopiesTheRecordsSchedule() {
        Session january = session()
                .withId(SessionId.of("january"))
                .withSchedule(io.github.townhall.schedule.OpenEndedSchedule.of(
                        LocalDate.of(2018, 1, 15), java.time.LocalTime.of(18, 0), RuleTest.PARIS));
        Session december = session().withNextSession(new NextSession(january.id(), january.schedule(), null, null));
        Archive archive = archive(december).withSessions(List.of(december, january));
        assertOnly(archive, "sessions[0].nextSession", NextSessionNotCopied.class);
        assertTrue(RuleTest.VALIDATOR
                .validate(
                        archive.withSessions(List.of(december.withNextSession(NextSession.of(january.id())), january)))
                .isValid());
    }

    @Test
    void rulesSharingTheSessionIdsEachReportTheirOwn() {
        // ReferencesResolve and NextSessionNotCopied look up one set of the archive's session ids,
        // gathered once per validation: each reports its own mistake, and nothing of one
        // validation is left for the next.
        Session january = session()
                .withId(SessionId.of("january"))
                .withSchedule(io.github.townhall.schedule.OpenEndedSchedule.of(
                        LocalDate.of(2018, 1, 15), java.time.LocalTime.of(18, 0), RuleTest.PARIS));
        ActionItem item = ActionItem.of(Text.fr("Écrire")).changedIn(SessionId.of("s9"), ActionStatus.DROPPED);
        Session december = session()
                .withNextSession(new NextSession(january.id(), january.schedule(), null, null))
                .withActionItems(List.of(item));
        Archive archive = archive(december).withSessions(List.of(december, january));
        ValidationReport report = RuleTest.VALIDATOR.validate(archive);
        assertEquals(
                List.of(
                        "sessions[0].actionItems[0].statusChangedIn " + ReferencesResolve.class.getName(),
                        "sessions[0].nextSession " + NextSessionNotCopied.class.getName()),
                report.violations().stream()
                        .map(violation -> violation.path() + " " + violation.constraint())
                        .toList());
        assertEquals(RuleTest.VALIDATOR.validateWithProvider(archive).violations(), report.violations());
        Archive mended = archive.withSessions(List.of(
                december.withNextSession(NextSession.of(january.id()))
                        .withActionItems(List.of(item.changedIn(january.id(), ActionStatus.DROPPED))),
                january));
        assertTrue(
                RuleTest.VALIDATOR.validate(mended).isValid(),
                () -> RuleTest.VALIDATOR.validate(mended).toString());
    }

    @Test
    void nextSessionNeedsAnIdOrASchedule() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new NextSession(null, null, null, null));
        assertEquals("a next session needs its session id or its schedule", e.getMessage());
    }
}
