package io.github.townhall.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.townhall.archive.Archive;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.schedule.OpenEndedSchedule;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionStatus;
import io.github.townhall.testing.Seeds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A session's life as eventStatus: cancelled, postponed, moved. */
class LifecycleTest {
    private static final Archive TOULOUSE = Seeds.toulouse();
    private static final Instant AT = Instant.parse("2016-04-01T09:00:00Z");
    /** The third Toulouse session, 12 May 2016, never moved. */
    private static final Session THIRD =
            Objects.requireNonNull(TOULOUSE.session(Seeds.toulouseSession(3))).withStatus(SessionStatus.SCHEDULED);

    private static JsonNode event(Session session) {
        return Ld.read(Ld.FRENCH.session(TOULOUSE, session));
    }

    @Test
    void aCancelledSessionKeepsItsDateAndPlace() {
        JsonNode event = event(THIRD.withStatus(SessionStatus.CANCELLED));
        assertEquals(
                "https://schema.org/EventCancelled", event.get("eventStatus").asString());
        assertEquals("2016-05-12T18:00:00+02:00", event.get("startDate").asString());
        assertEquals("2016-05-12T20:00:00+02:00", event.get("endDate").asString());
        assertEquals("Ferme des 50", event.get("location").get("name").asString());
        assertNull(event.get("previousStartDate"));
    }

    @Test
    void aPostponedSessionKeepsItsLastKnownStart() {
        JsonNode event = event(THIRD.postponed(AT));
        assertEquals(
                "https://schema.org/EventPostponed", event.get("eventStatus").asString());
        assertEquals("2016-05-12T18:00:00+02:00", event.get("startDate").asString());
        assertNull(event.get("previousStartDate"));
    }

    @Test
    void aSessionMovedTwiceListsBothEarlierStartsOldestFirstEachInItsOwnOffset() {
        ExactSchedule march =
                ExactSchedule.of(LocalDate.of(2016, 3, 24), LocalTime.of(18, 0), LocalTime.of(20, 0), Seeds.PARIS);
        Session moved = THIRD.rescheduled(march, AT) // from 12 May (+02:00) to 24 March (+01:00)
                .rescheduled(OpenEndedSchedule.of(LocalDate.of(2016, 6, 2), LocalTime.of(18, 30), Seeds.PARIS), AT);
        JsonNode event = event(moved);
        assertEquals(
                "https://schema.org/EventRescheduled", event.get("eventStatus").asString());
        assertEquals("2016-06-02T18:30:00+02:00", event.get("startDate").asString());
        assertNull(event.get("endDate"));
        JsonNode previous = event.get("previousStartDate");
        assertEquals(2, previous.size());
        assertEquals("2016-05-12T18:00:00+02:00", previous.get(0).asString());
        assertEquals("2016-03-24T18:00:00+01:00", previous.get(1).asString());
    }

    @Test
    void aTentativeScheduleIsADate() {
        Session planned = THIRD.withSchedule(TentativeSchedule.ofMonth(YearMonth.of(2016, 9)))
                .withStatus(SessionStatus.PLANNED);
        JsonNode event = event(planned);
        assertEquals("2016-09-01", event.get("startDate").asString());
        assertNull(event.get("endDate"), "the period's last day is not the day it ends");
        assertEquals(
                "https://schema.org/EventScheduled", event.get("eventStatus").asString());

        JsonNode moved = event(planned.rescheduled(
                ExactSchedule.of(LocalDate.of(2016, 9, 15), LocalTime.of(18, 0), LocalTime.of(20, 0), Seeds.PARIS),
                AT));
        assertEquals(
                "https://schema.org/EventScheduled",
                moved.get("eventStatus").asString(),
                "setting the day within the announced month is not a move");
        assertNull(moved.get("previousStartDate"));
        assertEquals("2016-09-15T18:00:00+02:00", moved.get("startDate").asString());
        JsonNode later = event(planned.rescheduled(
                ExactSchedule.of(LocalDate.of(2016, 10, 6), LocalTime.of(18, 0), LocalTime.of(20, 0), Seeds.PARIS),
                AT));
        assertEquals(
                "https://schema.org/EventRescheduled", later.get("eventStatus").asString());
        assertEquals(List.of("2016-09-01"), Ld.texts(later, "previousStartDate"));
    }

    @Test
    void aMovedThenCancelledSessionIsCancelledWithoutEarlierStarts() {
        Session moved = THIRD.rescheduled(
                        OpenEndedSchedule.of(LocalDate.of(2016, 6, 2), LocalTime.of(18, 30), Seeds.PARIS), AT)
                .withStatus(SessionStatus.CANCELLED);
        JsonNode event = event(moved);
        assertEquals(
                "https://schema.org/EventCancelled", event.get("eventStatus").asString());
        assertNull(event.get("previousStartDate"), "Google: previousStartDate goes with EventRescheduled only");
    }

    @Test
    void heldAndPlannedSessionsAreScheduled() {
        assertEquals(
                "https://schema.org/EventScheduled",
                event(THIRD.withStatus(SessionStatus.HELD)).get("eventStatus").asString());
        assertEquals(
                "https://schema.org/EventScheduled",
                event(THIRD.withStatus(SessionStatus.PLANNED))
                        .get("eventStatus")
                        .asString());
    }
}
