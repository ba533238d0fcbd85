package io.github.townhall.validation.internal;

import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.schedule.OpenEndedSchedule;
import io.github.townhall.validation.ExistingLocalTime;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** Validators of {@link ExistingLocalTime}. */
public final class ExistingLocalTimeValidator {
    private ExistingLocalTimeValidator() {}

    static boolean inGap(LocalDateTime time, ZoneId zone) {
        return zone.getRules().getValidOffsets(time).isEmpty();
    }

    /** Start and end of an exact schedule; reported at {@code start} and {@code end}. */
    public static final class OfExactSchedule implements ConstraintValidator<ExistingLocalTime, ExactSchedule> {
        /** Creates the validator. */
        public OfExactSchedule() {}

        @Override
        public boolean isValid(@Nullable ExactSchedule schedule, ConstraintValidatorContext context) {
            if (schedule == null) {
                return true;
            }
            boolean valid = true;
            if (inGap(schedule.start(), schedule.zone())) {
                Violations.at(context, "start");
                valid = false;
            }
            if (inGap(schedule.end(), schedule.zone())) {
                Violations.at(context, "end");
                valid = false;
            }
            return valid;
        }
    }

    /** Start of an open-ended schedule; reported at {@code start}. */
    public static final class OfOpenEndedSchedule implements ConstraintValidator<ExistingLocalTime, OpenEndedSchedule> {
        /** Creates the validator. */
        public OfOpenEndedSchedule() {}

        @Override
        public boolean isValid(@Nullable OpenEndedSchedule schedule, ConstraintValidatorContext context) {
            if (schedule == null || !inGap(schedule.start(), schedule.zone())) {
                return true;
            }
            Violations.at(context, "start");
            return false;
        }
    }
}
