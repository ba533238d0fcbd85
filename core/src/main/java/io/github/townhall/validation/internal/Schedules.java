package io.github.townhall.validation.internal;

import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.schedule.OpenEndedSchedule;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.schedule.TentativeSchedule;
import java.time.LocalDate;

/** Helpers on schedules shared by the validators. */
final class Schedules {
    private Schedules() {}

    /**
     * Returns the last day a schedule may start on.
     *
     * @param schedule the schedule
     * @return its start day, or the end of a tentative period
     */
    static LocalDate lastDay(Schedule schedule) {
        if (schedule instanceof TentativeSchedule tentative) {
            return tentative.to();
        } else if (schedule instanceof ExactSchedule exact) {
            return exact.start().toLocalDate();
        } else {
            return ((OpenEndedSchedule) schedule).start().toLocalDate();
        }
    }

    /**
     * Tells whether a schedule certainly starts before another: by instant when both have an
     * exact start, else by first day.
     *
     * @param first one schedule
     * @param second the other
     * @return true if {@code second} starts strictly before {@code first}
     */
    static boolean startsBefore(Schedule second, Schedule first) {
        if (first.hasExactStart() && second.hasExactStart()) {
            return second.exactStart()
                    .orElseThrow()
                    .toInstant()
                    .isBefore(first.exactStart().orElseThrow().toInstant());
        }
        return second.firstDay().isBefore(first.firstDay());
    }
}
