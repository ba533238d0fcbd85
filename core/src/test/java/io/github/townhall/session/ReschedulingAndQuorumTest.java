package io.github.townhall.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.townhall.organisation.MemberCount;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.organisation.Quorum;
import io.github.townhall.people.PersonId;
import io.github.townhall.schedule.OpenEndedSchedule;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.schedule.TentativeSchedule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A session that moves keeps where it was; a session tells whether it reached its quorum. */
class ReschedulingAndQuorumTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant MONDAY = Instant.parse("2018-01-08T09:00:00Z");
    private static final Schedule JANUARY = OpenEndedSchedule.of(LocalDate.of(2018, 1, 15), LocalTime.of(18, 0), PARIS);
    private static final Schedule LATER = OpenEndedSchedule.of(LocalDate.of(2018, 1, 22), LocalTime.of(18, 30), PARIS);

    private static Session january() {
        return Session.builder(SessionId.of("january"), OrganisationId.of("imp-acte"), JANUARY)
                .build();
    }

    @Test
    void rescheduledKeepsTheEarlierScheduleAndBumpsTheRevision() {
        Session moved = january().rescheduled(LATER, MONDAY);
        assertEquals(LATER, moved.schedule());
        assertEquals(List.of(JANUARY), moved.earlierSchedules());
        assertEquals(1, moved.revision().number());
        assertEquals(MONDAY, moved.revision().modified());
        assertEquals(SessionStatus.SCHEDULED, moved.status());
        Session twice = moved.rescheduled(JANUARY, MONDAY.plusSeconds(60));
        assertEquals(List.of(JANUARY, LATER), twice.earlierSchedules(), "oldest first");
    }

    @Test
    void postponedKeepsTheLastKnownScheduleUntilANewDate() {
        Session postponed = january().postponed(MONDAY);
        assertEquals(SessionStatus.POSTPONED, postponed.status());
        assertEquals(JANUARY, postponed.schedule());
        assertEquals(List.of(), postponed.earlierSchedules());
        Session set = postponed.rescheduled(LATER, MONDAY.plusSeconds(3600));
        assertEquals(List.of(JANUARY), set.earlierSchedules());
        assertEquals(2, set.revision().number());
    }

    @Test
    void anUndatedSessionGettingItsDateHasNoEarlierSchedule() {
        Session planned = january().withSchedule(Schedule.undated()).withStatus(SessionStatus.PLANNED);
        assertEquals(List.of(), planned.rescheduled(JANUARY, MONDAY).earlierSchedules());
        Session tentative = january().withSchedule(TentativeSchedule.ofMonth(YearMonth.of(2018, 1)));
        assertEquals(
                List.of(tentative.schedule()),
                tentative.rescheduled(JANUARY, MONDAY).earlierSchedules());
    }

    @Test
    void quorumFromACountOrAShareOfMembers() {
        Organisation organisation =
                Organisation.builder(OrganisationId.of("imp-acte"), "IMP'acte").build();
        Session seven = january().withAttendance(Attendance.of(HeadCount.exactly(7)));
        assertNull(seven.quorumReached(organisation), "no quorum rule");
        assertEquals(true, seven.quorumReached(organisation.withQuorum(Quorum.count(7))));
        assertEquals(false, seven.quorumReached(organisation.withQuorum(Quorum.count(8))));
        Organisation half = organisation.withQuorum(Quorum.share(new BigDecimal("0.5")));
        assertNull(seven.quorumReached(half), "a share without a member count cannot be told");
        assertEquals(true, seven.quorumReached(half.withMembers(MemberCount.of(14, LocalDate.of(2017, 9, 1)))));
        assertEquals(false, seven.quorumReached(half.withMembers(MemberCount.of(15, LocalDate.of(2017, 9, 1)))));
        assertNull(january().withAttendance(Attendance.of(HeadCount.about(15))).quorumReached(half));
    }

    @Test
    void quorumFromTheAttendanceListWithoutExactCount() {
        Organisation organisation = Organisation.builder(OrganisationId.of("o"), "O")
                .quorum(Quorum.count(2))
                .build();
        Attendance list = new Attendance(
                null,
                List.of(),
                null,
                List.of(
                        Attendee.of(PersonId.of("a"), AttendeeStatus.PRESENT),
                        Attendee.of(PersonId.of("b"), AttendeeStatus.REMOTE),
                        Attendee.of(PersonId.of("c"), AttendeeStatus.EXCUSED)));
        assertEquals(2, list.takingPart());
        assertEquals(true, january().withAttendance(list).quorumReached(organisation));
        assertEquals(false, january().withAttendance(list).quorumReached(organisation.withQuorum(Quorum.count(3))));
    }
}
