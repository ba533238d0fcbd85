package io.github.townhall.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Only a tentative period, no time: "un deuxième rendez-vous a été prévu en février".
 *
 * <p>The period is a range of whole days, both ends included; a month is the range of its days.
 *
 * <pre>{@code
 * TentativeSchedule february = TentativeSchedule.ofMonth(YearMonth.of(2016, 2));
 * february.month(); // 2016-02
 * }</pre>
 *
 * @param from the first day of the period, not null
 * @param to the last day of the period, included, not null
 * @since 0.1
 */
@EndAfterStart
public record TentativeSchedule(LocalDate from, LocalDate to) implements Schedule {
    /**
     * Creates a tentative period. That {@code to} is not before {@code from} is a validation rule.
     *
     * @param from the first day, not null
     * @param to the last day, included, not null
     */
    public TentativeSchedule {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /**
     * Obtains the period of a whole month.
     *
     * @param month the month, not null
     * @return the period from the first to the last day of the month, not null
     */
    public static TentativeSchedule ofMonth(YearMonth month) {
        Objects.requireNonNull(month, "month");
        return new TentativeSchedule(month.atDay(1), month.atEndOfMonth());
    }

    /**
     * Obtains a period of days.
     *
     * @param from the first day, not null
     * @param to the last day, included, not null
     * @return the period, not null
     */
    public static TentativeSchedule of(LocalDate from, LocalDate to) {
        return new TentativeSchedule(from, to);
    }

    /**
     * Obtains a single day with no time.
     *
     * @param day the day, not null
     * @return the period of that one day, not null
     */
    public static TentativeSchedule ofDay(LocalDate day) {
        return new TentativeSchedule(day, day);
    }

    /** {@return the month when the period is exactly one whole month, else null} */
    public @Nullable YearMonth month() {
        YearMonth month = YearMonth.from(from);
        return from.equals(month.atDay(1)) && to.equals(month.atEndOfMonth()) ? month : null;
    }

    @Override
    public LocalDate firstDay() {
        return from;
    }

    @Override
    public @Nullable ZonedDateTime exactStart() {
        return null;
    }
}
