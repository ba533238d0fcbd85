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

        @Override
        public boolean isValid(@Nullable ExactSchedule schedule, ConstraintValidatorContext context) {
            if (schedule == null) {
                return true;
            }
            // The zone moves a time in a gap later, so the zoned time differs from the local one.
            boolean valid = true;
            if (!schedule.zonedStart().toLocalDateTime().equals(schedule.start())) {
                Violations.at(context, "start");
                valid = false;
            }
            if (!schedule.zonedEnd().toLocalDateTime().equals(schedule.end())) {
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
            if (schedule == null
                    || !schedule.zone()
                            .getRules()
                            .getValidOffsets(schedule.start())
                            .isEmpty()) {
                return true;
            }
            Violations.at(context, "start");
            return false;
        }
    }
}
