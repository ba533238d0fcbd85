/**
 * When sessions take place: exact, open-ended or tentative schedules in a named time zone, or no
 * date yet.
 *
 * <pre>{@code
 * ZoneId paris = ZoneId.of("Europe/Paris");
 * Schedule first = ExactSchedule.of(LocalDate.of(2015, 12, 1), LocalTime.of(18, 30), LocalTime.of(20, 0), paris);
 * Schedule next = OpenEndedSchedule.of(LocalDate.of(2018, 1, 15), LocalTime.of(18, 0), paris);
 * Schedule later = TentativeSchedule.ofMonth(YearMonth.of(2016, 2));
 * Schedule toBeSet = Schedule.undated();
 * }</pre>
 */
@NullMarked
package io.github.townhall.schedule;

import org.jspecify.annotations.NullMarked;
