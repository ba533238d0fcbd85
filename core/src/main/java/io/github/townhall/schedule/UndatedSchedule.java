package io.github.townhall.schedule;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * No date yet ("date à fixer"): a session whose theme is chosen but whose date is not, such as
 * IMP'acte's first soirée-débat. Such a session is {@linkplain
 * io.github.townhall.session.SessionStatus#PLANNED planned} (or postponed, or cancelled); calendar
 * feeds leave it out. Obtain it with {@link Schedule#undated()}.
 *
 * @since 0.1
 */
public record UndatedSchedule() implements Schedule {
    static final UndatedSchedule INSTANCE = new UndatedSchedule();

    /** {@return null: an undated schedule has no day} */
    @Override
    public @Nullable LocalDate firstDay() {
        return null;
    }

    /** {@return null: an undated schedule has no start} */
    @Override
    public @Nullable ZonedDateTime exactStart() {
        return null;
    }
}
