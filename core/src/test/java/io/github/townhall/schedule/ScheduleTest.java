package io.github.townhall.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void exactScheduleOnOneDay() {
        ExactSchedule schedule =
                ExactSchedule.of(LocalDate.of(2015, 12, 1), LocalTime.of(18, 30), LocalTime.of(20, 0), PARIS);
        assertEquals(LocalDateTime.of(2015, 12, 1, 18, 30), schedule.start());
        assertEquals(Duration.ofMinutes(90), schedule.duration());
        assertEquals(LocalDate.of(2015, 12, 1), schedule.firstDay());
        assertTrue(schedule.hasExactStart());
    }

    @Test
    void eachScheduleGetsItsOwnZonedTimesWhateverTheOrderTheyAreAskedIn() {
        // equal schedules are distinct objects, and the order is that of a sort by start
        java.util.List<ExactSchedule> weekly = new java.util.ArrayList<>();
        for (int week = 0; week < 8; week++) {
            LocalDate day = LocalDate.of(2016, 3, 10).plusWeeks(week);
            weekly.add(ExactSchedule.of(
                    day, LocalTime.of(18, 30), LocalTime.of(20, 0), week % 2 == 0 ? PARIS : ZoneId.of("UTC")));
        }
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 200; i++) {
            ExactSchedule one = weekly.get(
                    i < 100 ? (i / 2 + (i % 2 == 0 ? 1 : 0)) % weekly.size() : random.nextInt(weekly.size()));
            assertEquals(java.time.ZonedDateTime.of(one.start(), one.zone()), one.zonedStart());
            assertEquals(java.time.ZonedDateTime.of(one.end(), one.zone()), one.zonedEnd());
            assertEquals(Duration.ofMinutes(90), one.duration());
        }
    }

    @Test
    void durationCountsTheDaylightSavingChange() {
        // 27 March 2016, Paris: clocks go from 02:00 to 03:00.
        ExactSchedule night =
                ExactSchedule.of(LocalDateTime.of(2016, 3, 27, 1, 0), LocalDateTime.of(2016, 3, 27, 4, 0), PARIS);
        assertEquals(Duration.ofHours(2), night.duration());
    }

    @Test
    void anEndBeforeTheStartCanBeBuiltAndHasANegativeDuration() {
        ExactSchedule wrong =
                ExactSchedule.of(LocalDate.of(2016, 2, 18), LocalTime.of(20, 0), LocalTime.of(18, 0), PARIS);
        assertTrue(wrong.duration().isNegative());
    }

    @Test
    void exactStartIsZoned() {
        ExactSchedule schedule =
                ExactSchedule.of(LocalDate.of(2016, 2, 18), LocalTime.of(18, 0), LocalTime.of(20, 0), PARIS);
        assertEquals("2016-02-18T17:00:00Z", schedule.exactStart().toInstant().toString());
    }

    @Test
    void withStartAndWithEndKeepTheRest() {
        ExactSchedule schedule =
                ExactSchedule.of(LocalDate.of(2016, 2, 18), LocalTime.of(18, 0), LocalTime.of(20, 0), PARIS);
        ExactSchedule later = schedule.withEnd(LocalDateTime.of(2016, 2, 18, 21, 0));
        assertEquals(schedule.start(), later.start());
        assertEquals(Duration.ofHours(3), later.duration());
        assertEquals(
                schedule.end(),
                schedule.withStart(LocalDateTime.of(2016, 2, 18, 19, 0)).end());
    }

    @Test
    void openEndedScheduleBecomesExactWithAnEnd() {
        OpenEndedSchedule open = OpenEndedSchedule.of(LocalDate.of(2018, 1, 15), LocalTime.of(18, 0), PARIS);
        assertEquals(LocalDateTime.of(2018, 1, 15, 18, 0), open.start());
        ExactSchedule exact = open.withEnd(LocalDateTime.of(2018, 1, 15, 20, 0));
        assertEquals(Duration.ofHours(2), exact.duration());
        assertEquals(open.zonedStart(), open.exactStart());
    }

    @Test
    void monthIsTheRangeOfItsDays() {
        TentativeSchedule february = TentativeSchedule.ofMonth(YearMonth.of(2016, 2));
        assertEquals(LocalDate.of(2016, 2, 1), february.from());
        assertEquals(LocalDate.of(2016, 2, 29), february.to());
        assertEquals(YearMonth.of(2016, 2), february.month());
        assertFalse(february.hasExactStart());
        assertEquals(null, february.exactStart());
    }

    @Test
    void aRangeThatIsNotAWholeMonthHasNoMonth() {
        assertEquals(
                null,
                TentativeSchedule.of(LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 15))
                        .month());
        assertEquals(null, TentativeSchedule.ofDay(LocalDate.of(2016, 2, 1)).month());
    }
}
