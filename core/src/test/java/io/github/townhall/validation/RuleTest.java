package io.github.townhall.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.announcement.Announcement;
import io.github.townhall.announcement.AnnouncementId;
import io.github.townhall.archive.Archive;
import io.github.townhall.archive.ChronologicalOrdinals;
import io.github.townhall.archive.UniqueOrdinals;
import io.github.townhall.constraint.HttpUrl;
import io.github.townhall.constraint.PositiveDuration;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.deliberation.Decision;
import io.github.townhall.deliberation.DecisionId;
import io.github.townhall.deliberation.DecisionOutcome;
import io.github.townhall.deliberation.Proposal;
import io.github.townhall.deliberation.ProposalId;
import io.github.townhall.deliberation.ProposalStatus;
import io.github.townhall.deliberation.VoteTally;
import io.github.townhall.id.Identifier;
import io.github.townhall.organisation.BoardRole;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.organisation.RoleAssignment;
import io.github.townhall.organisation.TermEndsAfterStart;
import io.github.townhall.people.Affiliation;
import io.github.townhall.people.Person;
import io.github.townhall.place.Venue;
import io.github.townhall.schedule.EndAfterStart;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.schedule.ExistingLocalTime;
import io.github.townhall.schedule.OpenEndedSchedule;
import io.github.townhall.schedule.ShorterThanADay;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.session.AgendaItem;
import io.github.townhall.session.AgendaWithinSession;
import io.github.townhall.session.Attendance;
import io.github.townhall.session.CancelledWithoutAttendance;
import io.github.townhall.session.CyclePosition;
import io.github.townhall.session.DecisionsSettleOwnProposals;
import io.github.townhall.session.HeadCount;
import io.github.townhall.session.HeldOnKnownDate;
import io.github.townhall.session.Link;
import io.github.townhall.session.LinkKind;
import io.github.townhall.session.NextSession;
import io.github.townhall.session.NextSessionLater;
import io.github.townhall.session.ProfileCount;
import io.github.townhall.session.ProfilesWithinTotal;
import io.github.townhall.session.PublishedMinutes;
import io.github.townhall.session.PublishedMinutesContent;
import io.github.townhall.session.Registration;
import io.github.townhall.session.Revision;
import io.github.townhall.session.SelectedProposalsSettled;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionId;
import io.github.townhall.session.SessionStatus;
import io.github.townhall.session.Speaker;
import io.github.townhall.session.TallyWithinAttendance;
import io.github.townhall.testing.Seeds;
import io.github.townhall.text.NotBlankText;
import io.github.townhall.text.SingleLine;
import io.github.townhall.text.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One record per rule, breaking only that rule: the exact path and constraint are reported. */
class RuleTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final RecordValidator VALIDATOR = RecordValidator.create(Locale.ENGLISH);

    /** A valid session: 5 December 2017, 18:30 to 20:00 in Paris. */
    static Session session() {
        return Session.builder(
                        SessionId.of("s1"),
                        OrganisationId.of("imp-acte"),
                        ExactSchedule.of(LocalDate.of(2017, 12, 5), LocalTime.of(18, 30), LocalTime.of(20, 0), PARIS))
                .title(Text.fr("L'organisation de soirées-débat"))
                .build();
    }

    static void assertOnly(Object record, String path, Class<? extends Annotation> constraint) {
        ValidationReport report = VALIDATOR.validate(record);
        assertEquals(1, report.violations().size(), report::toString);
        Violation violation = report.violations().get(0);
        assertEquals(path, violation.path(), report::toString);
        assertEquals(constraint.getName(), violation.constraint(), report::toString);
        assertEquals(constraint.getName() + ".message", violation.messageKey());
        assertEquals(
                VALIDATOR.validateWithProvider(record).violations(),
                report.violations(),
                "townhall's walk and the provider's disagree");
    }

    @Test
    void validBaseRecords() {
        assertTrue(VALIDATOR.validate(session()).isValid());
        assertTrue(VALIDATOR.validate(Seeds.toulouse()).isValid());
    }

    // Identifiers, names and titles are present and not blank.

    @Test
    void blankIdentifier() {
        assertOnly(session().with().build().withId(SessionId.of(" ")), "id", Identifier.class);
    }

    @Test
    void identifierOnTwoLines() {
        Archive archive = Seeds.toulouse();
        List<Session> sessions = new ArrayList<>(archive.sessions());
        sessions.set(2, sessions.get(2).withId(SessionId.of("rencontre\n3")));
        assertOnly(archive.withSessions(sessions), "sessions[2].id", Identifier.class);
    }

    @Test
    void blankOrganisationName() {
        assertOnly(Organisation.builder(OrganisationId.of("o"), "  ").build(), "name", NotBlank.class);
    }

    @Test
    void blankPersonName() {
        assertOnly(
                session().withSpeakers(List.of(Speaker.of(Person.of("")))), "speakers[0].person.name", NotBlank.class);
    }

    @Test
    void blankAffiliationName() {
        Person person = Person.builder("Anaïs").affiliation(Affiliation.of(" ")).build();
        assertOnly(
                session().withSpeakers(List.of(Speaker.of(person))),
                "speakers[0].person.affiliation.name",
                NotBlank.class);
    }

    @Test
    void blankTitle() {
        assertOnly(session().withTitle(Text.fr(" ")), "title", NotBlankText.class);
    }

    @Test
    void blankTranslation() {
        assertOnly(
                session().withTitle(Text.fr("Débat").withTranslation(Locale.ENGLISH, "")), "title", NotBlankText.class);
    }

    @Test
    void blankQuestion() {
        assertOnly(
                session().withQuestions(List.of(Text.fr("Pourquoi ?"), Text.fr(""))),
                "questions[1]",
                NotBlankText.class);
    }

    // Single-line fields hold no control characters.

    @Test
    void titleOnTwoLines() {
        assertOnly(session().withTitle(Text.fr("Soirée\r\ndébat")), "title", SingleLine.class);
    }

    @Test
    void translationWithTab() {
        assertOnly(
                session().withTitle(Text.fr("Débat").withTranslation(Locale.ENGLISH, "De\tbate")),
                "title",
                SingleLine.class);
    }

    @Test
    void venueRoomOnTwoLines() {
        assertOnly(session().withVenue(Venue.builder().room("Salle\n21").build()), "venue.room", SingleLine.class);
    }

    @Test
    void descriptionMayHaveSeveralLines() {
        assertTrue(VALIDATOR
                .validate(session().withDescription(Text.fr("Une\nsoirée")))
                .isValid());
    }

    // An end is after its start; a session lasts less than 24 hours; no spring-forward gap.

    @Test
    void endBeforeStart() {
        Session session = session()
                .withSchedule(
                        ExactSchedule.of(LocalDate.of(2017, 12, 5), LocalTime.of(20, 0), LocalTime.of(18, 30), PARIS));
        assertOnly(session, "schedule.end", EndAfterStart.class);
    }

    @Test
    void endEqualToStart() {
        Session session = session()
                .withSchedule(
                        ExactSchedule.of(LocalDate.of(2017, 12, 5), LocalTime.of(18, 0), LocalTime.of(18, 0), PARIS));
        assertOnly(session, "schedule.end", EndAfterStart.class);
    }

    @Test
    void tentativePeriodEndingBeforeItBegins() {
        Session session =
                session().withSchedule(TentativeSchedule.of(LocalDate.of(2016, 2, 10), LocalDate.of(2016, 2, 1)));
        assertOnly(session, "schedule.to", EndAfterStart.class);
    }

    @Test
    void roleHeldUntilBeforeItStarts() {
        RoleAssignment role = new RoleAssignment(
                BoardRole.TREASURER, null, Person.of("Rémy"), LocalDate.of(2017, 12, 5), LocalDate.of(2017, 1, 1));
        assertOnly(
                Organisation.builder(OrganisationId.of("o"), "IMP'acte")
                        .addBoard(role)
                        .build(),
                "board[0].until",
                TermEndsAfterStart.class);
    }

    @Test
    void sessionOfADay() {
        LocalDateTime start = LocalDateTime.of(2017, 12, 5, 18, 0);
        assertOnly(
                session().withSchedule(ExactSchedule.of(start, start.plusHours(24), PARIS)),
                "schedule.end",
                ShorterThanADay.class);
    }

    @Test
    void sessionJustUnderADay() {
        LocalDateTime start = LocalDateTime.of(2017, 12, 5, 18, 0);
        assertTrue(VALIDATOR
                .validate(session()
                        .withSchedule(
                                ExactSchedule.of(start, start.plusHours(24).minusMinutes(1), PARIS)))
                .isValid());
    }

    @Test
    void startInSpringForwardGap() {
        LocalDate day = LocalDate.of(2017, 3, 26);
        Session session = session().withSchedule(ExactSchedule.of(day, LocalTime.of(2, 30), LocalTime.of(4, 0), PARIS));
        assertOnly(session, "schedule.start", ExistingLocalTime.class);
    }

    @Test
    void endInSpringForwardGap() {
        LocalDate day = LocalDate.of(2017, 3, 26);
        Session session =
                session().withSchedule(ExactSchedule.of(day.minusDays(1).atTime(22, 0), day.atTime(2, 15), PARIS));
        assertOnly(session, "schedule.end", ExistingLocalTime.class);
    }

    @Test
    void openEndedStartInSpringForwardGap() {
        Session session =
                session().withSchedule(OpenEndedSchedule.of(LocalDate.of(2018, 3, 25), LocalTime.of(2, 0), PARIS));
        assertOnly(session, "schedule.start", ExistingLocalTime.class);
    }

    @Test
    void nextSessionStartInSpringForwardGap() {
        Session session = session()
                .withNextSession(
                        NextSession.at(OpenEndedSchedule.of(LocalDate.of(2018, 3, 25), LocalTime.of(2, 0), PARIS)));
        assertOnly(session, "nextSession.schedule.start", ExistingLocalTime.class);
    }

    // Ordinals in a cycle are unique and positive, and follow the chronological order.

    @Test
    void ordinalNotPositive() {
        assertOnly(session().withCycle(CyclePosition.of(CycleId.of("c"), 0)), "cycle.ordinal", Positive.class);
    }

    @Test
    void ordinalUsedTwice() {
        Archive archive = Seeds.toulouse();
        List<Session> sessions = new ArrayList<>(archive.sessions());
        Session fourth = sessions.get(3);
        sessions.set(3, fourth.withCycle(CyclePosition.of(fourth.cycle().cycle(), 3)));
        assertOnly(archive.withSessions(sessions), "sessions[3].cycle.ordinal", UniqueOrdinals.class);
    }

    @Test
    void ordinalsAgainstChronology() {
        Archive archive = Seeds.toulouse();
        List<Session> sessions = new ArrayList<>(archive.sessions());
        CycleId cycle = sessions.get(0).cycle().cycle();
        sessions.set(1, sessions.get(1).withCycle(CyclePosition.of(cycle, 3)));
        sessions.set(2, sessions.get(2).withCycle(CyclePosition.of(cycle, 2)));
        assertOnly(archive.withSessions(sessions), "sessions[1].cycle.ordinal", ChronologicalOrdinals.class);
    }

    // A held session has an exact date; a cancelled one has no attendance; published minutes have content.

    @Test
    void heldSessionWithTentativeMonth() {
        Session session =
                session().withStatus(SessionStatus.HELD).withSchedule(TentativeSchedule.ofMonth(YearMonth.of(2016, 2)));
        assertOnly(session, "schedule", HeldOnKnownDate.class);
    }

    @Test
    void heldSessionOnAKnownDay() {
        Session session = session()
                .withStatus(SessionStatus.HELD)
                .withSchedule(TentativeSchedule.ofDay(LocalDate.of(2016, 2, 18)));
        assertTrue(VALIDATOR.validate(session).isValid());
    }

    @Test
    void cancelledSessionWithAttendance() {
        Session session =
                session().withStatus(SessionStatus.CANCELLED).withAttendance(Attendance.of(HeadCount.exactly(7)));
        assertOnly(session, "attendance", CancelledWithoutAttendance.class);
    }

    @Test
    void publishedMinutesWithoutContent() {
        Session session = session()
                .withMinutes(new PublishedMinutes(Text.fr("Compte-rendu"), null, LocalDate.of(2017, 12, 20), null));
        assertOnly(session, "minutes.link", PublishedMinutesContent.class);
    }

    // Attendance counts are not negative; profile counts do not exceed the total.

    @Test
    void negativeHeadCount() {
        assertOnly(
                session().withAttendance(Attendance.of(HeadCount.exactly(-1))),
                "attendance.count.value",
                PositiveOrZero.class);
    }

    @Test
    void negativeProfileCount() {
        Attendance attendance =
                Attendance.of(HeadCount.about(15)).withProfiles(List.of(ProfileCount.of(Text.fr("consultants"), -2)));
        assertOnly(session().withAttendance(attendance), "attendance.profiles[0].count", PositiveOrZero.class);
    }

    @Test
    void profileCountAboveTotal() {
        Attendance attendance = Attendance.of(HeadCount.about(15))
                .withProfiles(List.of(
                        ProfileCount.of(Text.fr("sociologues"), 2), ProfileCount.of(Text.fr("consultants"), 16)));
        assertOnly(session().withAttendance(attendance), "attendance.profiles[1].count", ProfilesWithinTotal.class);
    }

    @Test
    void profileCountsAddingUpAboveExactTotal() {
        Attendance attendance = Attendance.of(HeadCount.exactly(7))
                .withProfiles(List.of(
                        ProfileCount.of(Text.fr("enseignants"), 4), ProfileCount.of(Text.fr("consultants"), 4)));
        assertOnly(session().withAttendance(attendance), "attendance.profiles", ProfilesWithinTotal.class);
    }

    @Test
    void profileCountsAddingUpAboveApproximateTotalAreAllowed() {
        Attendance attendance = Attendance.of(HeadCount.about(7))
                .withProfiles(List.of(
                        ProfileCount.of(Text.fr("enseignants"), 4), ProfileCount.of(Text.fr("consultants"), 4)));
        assertTrue(VALIDATOR.validate(session().withAttendance(attendance)).isValid());
    }

    // Decisions name proposals of their session; selected proposals are settled; tallies fit.

    static Proposal proposal(String id, ProposalStatus status) {
        return Proposal.action(ProposalId.of(id), Text.fr("Soirées-débat thématiques"))
                .withStatus(status);
    }

    static Decision decision(String id, String... settles) {
        return Decision.builder(DecisionId.of(id), DecisionOutcome.ADOPTED, Text.fr("Acté"))
                .settles(java.util.Arrays.stream(settles).map(ProposalId::of).toList())
                .build();
    }

    @Test
    void decisionNamingAProposalOfAnotherSession() {
        Session session = session()
                .withProposals(
                        List.of(proposal("p1", ProposalStatus.SELECTED), proposal("p2", ProposalStatus.PROPOSED)))
                .withDecisions(List.of(decision("d1"), decision("d2", "p1", "p9")));
        assertOnly(session, "decisions[1].settles[1]", DecisionsSettleOwnProposals.class);
    }

    @Test
    void selectedProposalNotSettled() {
        Session session = session()
                .withProposals(
                        List.of(proposal("p1", ProposalStatus.PROPOSED), proposal("p2", ProposalStatus.SELECTED)))
                .withDecisions(List.of(decision("d1", "p1")));
        assertOnly(session, "proposals[1].status", SelectedProposalsSettled.class);
    }

    @Test
    void tallyAboveAttendance() {
        Decision vote = decision("d1").withTally(VoteTally.of(5, 2, 1));
        Session session =
                session().withAttendance(Attendance.of(HeadCount.exactly(7))).withDecisions(List.of(vote));
        assertOnly(session, "decisions[0].tally", TallyWithinAttendance.class);
    }

    @Test
    void tallyWithinAttendance() {
        Decision vote = decision("d1").withTally(VoteTally.of(4, 2, 1));
        Session session =
                session().withAttendance(Attendance.of(HeadCount.exactly(7))).withDecisions(List.of(vote));
        assertTrue(VALIDATOR.validate(session).isValid());
    }

    @Test
    void negativeVote() {
        Session session = session().withDecisions(List.of(decision("d1").withTally(VoteTally.of(4, -1, 0))));
        assertOnly(session, "decisions[0].tally.against", PositiveOrZero.class);
    }

    // The next session starts after this one; agenda durations fit.

    @Test
    void nextSessionBeforeThisOne() {
        Session session = session()
                .withNextSession(
                        NextSession.at(OpenEndedSchedule.of(LocalDate.of(2017, 12, 5), LocalTime.of(18, 0), PARIS)));
        assertOnly(session, "nextSession.schedule", NextSessionLater.class);
    }

    @Test
    void nextSessionInAnEarlierMonth() {
        Session session = session().withNextSession(NextSession.at(TentativeSchedule.ofMonth(YearMonth.of(2017, 11))));
        assertOnly(session, "nextSession.schedule", NextSessionLater.class);
    }

    @Test
    void nextSessionLater() {
        Session session = session()
                .withNextSession(
                        NextSession.at(OpenEndedSchedule.of(LocalDate.of(2018, 1, 15), LocalTime.of(18, 0), PARIS)));
        assertTrue(VALIDATOR.validate(session).isValid());
    }

    static AgendaItem item(String title, long minutes) {
        return AgendaItem.of(Text.fr(title)).withDuration(Duration.ofMinutes(minutes));
    }

    @Test
    void agendaLongerThanSession() {
        Session session = session().withAgenda(List.of(item("Bilan", 60), item("Orientations", 31)));
        assertOnly(session, "agenda", AgendaWithinSession.class);
    }

    @Test
    void agendaFillingTheSession() {
        assertTrue(VALIDATOR
                .validate(session().withAgenda(List.of(item("Bilan", 60), item("Orientations", 30))))
                .isValid());
    }

    @Test
    void subItemsLongerThanTheirItem() {
        AgendaItem item = item("Bilan", 30).withItems(List.of(item("Novembre", 20), item("Décembre", 11)));
        assertOnly(
                session().withAgenda(List.of(item("Accueil", 10), item)), "agenda[1].items", AgendaWithinSession.class);
    }

    @Test
    void zeroDuration() {
        assertOnly(session().withAgenda(List.of(item("Accueil", 0))), "agenda[0].duration", PositiveDuration.class);
    }

    // Links are absolute http or https URLs; e-mails are well formed.

    @Test
    void relativeLink() {
        assertOnly(
                session().withLinks(List.of(Link.related(Text.fr("Codev"), URI.create("/codev")))),
                "links[0].uri",
                HttpUrl.class);
    }

    @Test
    void ftpLink() {
        assertOnly(
                session()
                        .withLinks(List.of(
                                new Link(LinkKind.DOCUMENT, null, URI.create("ftp://example.org/cr.pdf"), null, null))),
                "links[0].uri",
                HttpUrl.class);
    }

    @Test
    void mailtoOnlineLink() {
        assertOnly(
                session()
                        .withVenue(Venue.builder()
                                .onlineLink(URI.create("mailto:a@example.org"))
                                .build()),
                "venue.onlineLink",
                HttpUrl.class);
    }

    @Test
    void registrationLinkWithoutHost() {
        assertOnly(
                session().withRegistration(Registration.required(30, URI.create("https:///inscription"))),
                "registration.link",
                HttpUrl.class);
    }

    @Test
    void malformedEmail() {
        assertOnly(
                Organisation.builder(OrganisationId.of("o"), "IMP'acte")
                        .email("contact@@impacte")
                        .build(),
                "email",
                Email.class);
    }

    // Other numbers.

    @Test
    void zeroCapacity() {
        assertOnly(session().withRegistration(Registration.required(0, null)), "registration.capacity", Positive.class);
    }

    @Test
    void negativeRevision() {
        assertOnly(session().withRevision(Revision.of(-1)), "revision.number", PositiveOrZero.class);
    }

    @Test
    void announcementWithBadLink() {
        Announcement announcement = new Announcement(
                AnnouncementId.of("a1"),
                OrganisationId.of("o"),
                LocalDate.of(2017, 11, 9),
                Text.fr("Venez"),
                URI.create("twitter.com/x"),
                null,
                "Twitter");
        assertOnly(announcement, "link", HttpUrl.class);
    }

    @Test
    void cycleTitleOnTwoLines() {
        Cycle cycle = Cycle.builder(CycleId.of("c"), OrganisationId.of("o"), Text.fr("Cycle\nde rencontres"))
                .build();
        assertOnly(cycle, "title", SingleLine.class);
    }
}
