package io.github.townhall.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.constraint.HttpUrl;
import io.github.townhall.deliberation.VoteTally;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.schedule.EndAfterStart;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.session.Attendance;
import io.github.townhall.session.CancelledWithoutAttendance;
import io.github.townhall.session.HeadCount;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionStatus;
import io.github.townhall.testing.Samples;
import io.github.townhall.testing.Seeds;
import io.github.townhall.text.SingleLine;
import io.github.townhall.text.Text;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.constraints.Email;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RecordValidatorTest {
    private static final RecordValidator ENGLISH = RecordValidator.create();
    private static final RecordValidator FRENCH = RecordValidator.create(Locale.FRENCH);

    @Test
    void seedsValidateClean() {
        assertEquals("valid", ENGLISH.validate(Seeds.toulouse()).toString());
        assertEquals("valid", ENGLISH.validate(Seeds.impActe()).toString());
        assertTrue(FRENCH.validate(Seeds.impActe()).violations().isEmpty());
    }

    @Test
    void generatedArchivesValidateClean() {
        long seed = Samples.seed();
        List<Archive> archives = Samples.archives(seed, 300);
        for (int i = 0; i < archives.size(); i++) {
            ValidationReport report = ENGLISH.validate(archives.get(i));
            int index = i;
            assertTrue(report.isValid(), () -> "archive " + index + " of seed " + seed + ":\n" + report);
        }
    }

    @Test
    void generatedSessionsValidateClean() {
        long seed = Samples.seed();
        for (Session session : Samples.sessions(seed, 200)) {
            ValidationReport report = ENGLISH.validate(session);
            assertTrue(report.isValid(), () -> "seed " + seed + ":\n" + report);
        }
    }

    /** One archive with five different mistakes in different places. */
    static Archive fiveMistakes() {
        Archive archive = Seeds.toulouse();
        List<Session> sessions = new ArrayList<>(archive.sessions());
        Session first = sessions.get(0);
        ExactSchedule schedule = (ExactSchedule) first.schedule();
        sessions.set(0, first.withSchedule(schedule.withEnd(schedule.start().minusHours(1)))); // end before start
        sessions.set(1, sessions.get(1).withTitle(Text.fr("Deuxième\nséance"))); // two lines
        sessions.set(
                2,
                sessions.get(2)
                        .withStatus(SessionStatus.CANCELLED)
                        .withAttendance(Attendance.of(HeadCount.about(15)))); // cancelled, attended
        Organisation organisation = archive.organisation()
                .withEmail("contact(at)concertation.org") // e-mail
                .withWebsite(URI.create("www.concertation.org")); // not absolute
        return archive.withSessions(sessions).withOrganisation(organisation);
    }

    /** Mistakes spread over a session's parts, one generated session each. */
    private static final List<java.util.function.UnaryOperator<Session>> MISTAKES = List.of(
            s -> s.withTitle(Text.fr(" ")),
            s -> s.withQuestions(List.of(Text.fr("Une\nquestion"), Text.fr(""))),
            s -> s.withVenue(io.github.townhall.place.Venue.builder()
                    .name("Salle\t1")
                    .onlineLink(URI.create("ftp://example.org"))
                    .build()),
            s -> s.withSpeakers(
                    List.of(io.github.townhall.session.Speaker.of(io.github.townhall.people.Person.builder(" ")
                            .affiliation(io.github.townhall.people.Affiliation.of(""))
                            .build()))),
            s -> s.withCycle(
                    io.github.townhall.session.CyclePosition.of(io.github.townhall.cycle.CycleId.of("c\n"), -1)),
            s -> s.withStatus(SessionStatus.CANCELLED).withAttendance(Attendance.of(HeadCount.exactly(3))),
            s -> s.withLinks(List.of(new io.github.townhall.session.Link(
                    io.github.townhall.session.LinkKind.RELATED,
                    Text.fr("a\nb"),
                    URI.create("/relative"),
                    null,
                    null))),
            s -> s.withRegistration(new io.github.townhall.session.Registration(true, 0, URI.create("mailto:x@y"))),
            s -> s.withAgenda(List.of(new io.github.townhall.session.AgendaItem(
                    Text.fr(" "), java.time.Duration.ofHours(-1), null, List.of()))));

    @Test
    void townhallsWalkAgreesWithTheProvider() {
        long seed = Samples.seed();
        List<Session> sessions = Samples.sessions(seed, 300);
        int broken = 0;
        for (int i = 0; i < sessions.size(); i++) {
            Session session = MISTAKES.get(i % MISTAKES.size()).apply(sessions.get(i));
            for (RecordValidator validator : List.of(ENGLISH, FRENCH)) {
                ValidationReport walked = validator.validate(session);
                assertEquals(
                        validator.validateWithProvider(session).violations(),
                        walked.violations(),
                        "session " + i + " of seed " + seed);
                broken += walked.isValid() ? 0 : 1;
            }
        }
        assertEquals(2 * sessions.size(), broken, "every mistake is found");
        for (Archive archive : List.of(fiveMistakes(), Seeds.toulouse(), Seeds.impActe())) {
            assertEquals(
                    ENGLISH.validateWithProvider(archive).violations(),
                    ENGLISH.validate(archive).violations());
        }
    }

    @Test
    void aFreshValidatorSharedByThreadsReportsAsTheProviderDoes() throws Exception {
        long seed = Samples.seed();
        List<Session> sessions = new ArrayList<>();
        for (Session session : Samples.sessions(seed, 90)) {
            sessions.add(MISTAKES.get(sessions.size() % MISTAKES.size()).apply(session));
        }
        List<ValidationReport> expected = new ArrayList<>();
        for (Session session : sessions) {
            expected.add(ENGLISH.validateWithProvider(session));
        }
        RecordValidator shared = RecordValidator.create(Locale.ENGLISH); // its caches start empty
        io.github.townhall.testing.Concurrently.check(
                8,
                3,
                sessions.size(),
                k -> assertEquals(
                        expected.get(k), shared.validate(sessions.get(k)), "session " + k + " of seed " + seed));
    }

    @Test
    void fiveMistakesGiveFiveViolationsInOneCall() {
        ValidationReport report = ENGLISH.validate(fiveMistakes());
        assertFalse(report.isValid());
        assertEquals(
                List.of(
                        "organisation.email",
                        "organisation.website",
                        "sessions[0].schedule.end",
                        "sessions[1].title",
                        "sessions[2].attendance"),
                report.violations().stream().map(Violation::path).toList(),
                report::toString);
        assertEquals(
                List.of(
                        Email.class.getName(),
                        HttpUrl.class.getName(),
                        EndAfterStart.class.getName(),
                        SingleLine.class.getName(),
                        CancelledWithoutAttendance.class.getName()),
                report.violations().stream().map(Violation::constraint).toList());
    }

    @Test
    void frenchReport() {
        ValidationReport report = FRENCH.validate(fiveMistakes());
        Violation end = report.violationsAt("sessions[0].schedule.end").get(0);
        assertEquals("doit venir après le début", end.message());
        assertEquals("2015-12-01T17:30", end.invalidValue());
        Violation title = report.violationsAt("sessions[1].title").get(0);
        assertEquals("Deuxième\\nséance", title.invalidValue());
        assertEquals("sessions[0].schedule.end: doit venir après le début (2015-12-01T17:30)", end.toString());
        assertTrue(report.toString().contains(System.lineSeparator()));
        assertEquals(5, report.toString().lines().count());
    }

    @Test
    void englishMessageForTheSameMistake() {
        Violation end = ENGLISH.validate(fiveMistakes())
                .violationsAt("sessions[0].schedule.end")
                .get(0);
        assertEquals("must come after the start", end.message());
    }

    @Test
    void unknownLanguageFallsBackToEnglish() {
        Violation end = RecordValidator.create(Locale.GERMAN)
                .validate(fiveMistakes())
                .violationsAt("sessions[0].schedule.end")
                .get(0);
        assertEquals("must come after the start", end.message());
    }

    @Test
    void regionalFrenchUsesFrench() {
        RecordValidator canadian = RecordValidator.create(Locale.CANADA_FRENCH);
        assertEquals(Locale.CANADA_FRENCH, canadian.locale());
        Violation end = canadian.validate(fiveMistakes())
                .violationsAt("sessions[0].schedule.end")
                .get(0);
        assertEquals("doit venir après le début", end.message());
    }

    @Test
    void pathsSortInNaturalOrder() {
        List<Session> sessions = new ArrayList<>();
        Session base = RuleTest.session();
        for (int i = 0; i < 12; i++) {
            sessions.add(base.withId(io.github.townhall.session.SessionId.of("s" + i))
                    .withTitle(i == 2 || i == 10 ? Text.fr(" ") : base.title()));
        }
        Archive archive = Seeds.toulouse().withSessions(sessions);
        assertEquals(
                List.of("sessions[2].title", "sessions[10].title"),
                ENGLISH.validate(archive).violations().stream()
                        .map(Violation::path)
                        .toList());
    }

    @Test
    void valuesAreValidatedToo() {
        VoteTally tally = VoteTally.of(-1, 0, 0);
        ValidationReport report = ENGLISH.validate(tally);
        assertEquals("inFavour", report.violations().get(0).path());
        assertEquals("-1", report.violations().get(0).invalidValue());
    }

    @Test
    void classLevelViolationOnTheValidatedObject() {
        ExactSchedule schedule =
                ExactSchedule.of(LocalDate.of(2017, 12, 5), LocalTime.of(20, 0), LocalTime.of(19, 0), Seeds.PARIS);
        Violation violation = ENGLISH.validate(schedule).violations().get(0);
        assertEquals("end", violation.path());
        assertEquals("2017-12-05T19:00", violation.invalidValue());
    }

    @Test
    void nullRecordIsRejected() {
        assertThrows(NullPointerException.class, () -> ENGLISH.validate(null));
    }

    @Test
    void noProviderSaysWhatToAdd() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> RecordValidator.create(Locale.FRENCH, List::of));
        assertTrue(e.getMessage().contains("org.hibernate.validator:hibernate-validator:9.1"), e.getMessage());
        assertTrue(e.getMessage().contains("<artifactId>hibernate-validator</artifactId>"), e.getMessage());
        assertInstanceOf(NoProviderFoundException.class, e.getCause());
    }

    @Test
    void noExpressionLanguageIsNeeded() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("jakarta.el.ExpressionFactory"));
        assertFalse(ENGLISH.validate(fiveMistakes()).isValid());
    }

    @Test
    void toStringNamesTheLanguage() {
        assertEquals("RecordValidator[fr]", FRENCH.toString());
    }
}
