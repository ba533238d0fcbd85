package io.github.townhall.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.townhall.archive.Archive;
import io.github.townhall.place.Venue;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionStatus;
import io.github.townhall.session.Visibility;
import io.github.townhall.testing.Seeds;
import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** One test per reason a session would not qualify for Google's event results. */
class ReadinessTest {
    private static final Archive TOULOUSE = Seeds.toulouse();
    /** Ready: named, dated to the minute, at a place with a city, public, held. */
    private static final Session FIRST = Objects.requireNonNull(TOULOUSE.session(Seeds.toulouseSession(1)));

    private static List<ReadinessProblem> problems(Session session) {
        return SchemaOrg.readiness(TOULOUSE, session);
    }

    private static void onlyProblem(Session session, ReadinessReason reason, String message) {
        assertEquals(List.of(new ReadinessProblem(reason, message)), problems(session));
    }

    @Test
    void aNamedDatedPublicSessionWithAnAddressIsReady() {
        assertEquals(List.of(), problems(FIRST));
    }

    @Test
    void noDate() {
        onlyProblem(
                FIRST.withSchedule(Schedule.undated()),
                ReadinessReason.NO_DATE,
                "Session rencontres-toulouse-1 has no date yet: it is not an Event until its date is set");
    }

    @Test
    void noStartTime() {
        onlyProblem(
                FIRST.withSchedule(TentativeSchedule.ofMonth(YearMonth.of(2016, 2))),
                ReadinessReason.NO_START_TIME,
                "Session rencontres-toulouse-1 has only a tentative period, 2016-02-01 to 2016-02-29: its startDate"
                        + " is the period's first day, not a known start date and time");
    }

    @Test
    void noName() {
        onlyProblem(
                FIRST.withTitle(null),
                ReadinessReason.NO_NAME,
                "Session rencontres-toulouse-1 has neither a title nor a guiding question: its Event has no name");
    }

    @Test
    void noLocation() {
        onlyProblem(
                FIRST.withVenue(null),
                ReadinessReason.NO_LOCATION,
                "Session rencontres-toulouse-1 has no venue: its Event has no location");
    }

    @Test
    void noAddress() {
        onlyProblem(
                FIRST.withVenue(Venue.named("MJC Prévert")),
                ReadinessReason.NO_ADDRESS,
                "Session rencontres-toulouse-1 takes place at a venue with no street, postal code nor city: its"
                        + " Place has no address");
        // a country is not an address
        assertEquals(
                List.of(ReadinessReason.NO_ADDRESS),
                problems(FIRST.withVenue(
                                Venue.builder().name("MJC").country("FR").build()))
                        .stream()
                        .map(ReadinessProblem::reason)
                        .toList());
    }

    @Test
    void membersOnly() {
        onlyProblem(
                FIRST.withVisibility(Visibility.MEMBERS_ONLY),
                ReadinessReason.MEMBERS_ONLY,
                "Session rencontres-toulouse-1 is for members only: it is not an event the public can come to");
    }

    @Test
    void membersOnlyOnline() {
        Session online = FIRST.withVenue(Venue.online(URI.create("https://visio.example.org/x")))
                .withVisibility(Visibility.MEMBERS_ONLY);
        assertEquals(
                List.of(
                        new ReadinessProblem(
                                ReadinessReason.NO_LOCATION,
                                "Session rencontres-toulouse-1 takes place online only and is for members only: its"
                                        + " link is not published, so its Event has no location"),
                        new ReadinessProblem(
                                ReadinessReason.MEMBERS_ONLY,
                                "Session rencontres-toulouse-1 is for members only: it is not an event the public can"
                                        + " come to")),
                problems(online));
        assertEquals(List.of(), problems(online.withVisibility(Visibility.PUBLIC)), "a public link is a location");
    }

    @Test
    void cancelled() {
        onlyProblem(
                FIRST.withStatus(SessionStatus.CANCELLED),
                ReadinessReason.CANCELLED,
                "Session rencontres-toulouse-1 is cancelled: its Event is marked EventCancelled");
    }

    @Test
    void postponed() {
        onlyProblem(
                FIRST.postponed(Instant.parse("2015-11-20T10:00:00Z")),
                ReadinessReason.POSTPONED,
                "Session rencontres-toulouse-1 is postponed with no new date: its Event is marked EventPostponed"
                        + " until it is rescheduled");
    }

    @Test
    void everyReasonInOrder() {
        Session worst = FIRST.withSchedule(Schedule.undated())
                .withTitle(null)
                .withVenue(null)
                .withVisibility(Visibility.MEMBERS_ONLY)
                .withStatus(SessionStatus.CANCELLED);
        assertEquals(
                List.of(
                        ReadinessReason.NO_DATE,
                        ReadinessReason.NO_NAME,
                        ReadinessReason.NO_LOCATION,
                        ReadinessReason.MEMBERS_ONLY,
                        ReadinessReason.CANCELLED),
                problems(worst).stream().map(ReadinessProblem::reason).toList());
        assertEquals(problems(worst).get(0).message(), problems(worst).get(0).toString());
    }

    @Test
    void nullsAreRefused() {
        assertEquals(
                "archive",
                assertThrows(NullPointerException.class, () -> SchemaOrg.readiness(null, FIRST))
                        .getMessage());
        assertEquals(
                "session",
                assertThrows(NullPointerException.class, () -> SchemaOrg.readiness(TOULOUSE, null))
                        .getMessage());
        assertEquals(
                "reason",
                assertThrows(NullPointerException.class, () -> new ReadinessProblem(null, "x"))
                        .getMessage());
    }
}
