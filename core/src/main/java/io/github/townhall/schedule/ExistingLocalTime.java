package io.github.townhall.schedule;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.internal.Violations;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The local start and end times of a schedule exist in its zone: a time in a spring-forward gap
 * (02:30 on the last Sunday of March in Europe/Paris) is reported at {@code start} or {@code end}.
 * Checked on the start and end of an {@link ExactSchedule} and the start of an
 * {@link OpenEndedSchedule}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {ExistingLocalTime.OfExactSchedule.class, ExistingLocalTime.OfOpenEndedSchedule.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ExistingLocalTime {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.schedule.ExistingLocalTime.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};

    /** The provider's validator of {@link ExistingLocalTime} on an {@link ExactSchedule}, not for direct use. */
    final class OfExactSchedule implements ConstraintValidator<ExistingLocalTime, ExactSchedule> {
        /** Creates the validator. */
        public OfExactSchedule() {}

        /** Tells whether a local time falls in a gap of its zone; shared with {@link OfOpenEndedSchedule}. */
        static boolean inGap(LocalDateTime time, ZoneId zone) {
            return zone.getRules().getValidOffsets(time).isEmpty();
        }

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

    /** The provider's validator of {@link ExistingLocalTime} on an {@link OpenEndedSchedule}, not for direct use. */
    final class OfOpenEndedSchedule implements ConstraintValidator<ExistingLocalTime, OpenEndedSchedule> {
        /** Creates the validator. */
        public OfOpenEndedSchedule() {}

        @Override
        public boolean isValid(@Nullable OpenEndedSchedule schedule, ConstraintValidatorContext context) {
            if (schedule == null || !OfExactSchedule.inGap(schedule.start(), schedule.zone())) {
                return true;
            }
            Violations.at(context, "start");
            return false;
        }
    }
}
