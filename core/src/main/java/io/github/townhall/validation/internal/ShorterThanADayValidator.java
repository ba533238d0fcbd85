package io.github.townhall.validation.internal;

import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.validation.ShorterThanADay;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Validates {@link ShorterThanADay}; reported at {@code end}. */
public final class ShorterThanADayValidator implements ConstraintValidator<ShorterThanADay, ExactSchedule> {
    private static final Duration DAY = Duration.ofHours(24);

    /** Creates the validator. */
    public ShorterThanADayValidator() {}

    @Override
    public boolean isValid(@Nullable ExactSchedule schedule, ConstraintValidatorContext context) {
        if (schedule == null || schedule.duration().compareTo(DAY) < 0) {
            return true;
        }
        Violations.at(context, "end");
        return false;
    }
}
