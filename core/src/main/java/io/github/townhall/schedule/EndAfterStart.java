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
 * An end comes after its start: an {@link ExactSchedule} ends after it starts (compared as
 * instants in its zone, reported at {@code end}); a {@link TentativeSchedule} does not end before
 * it begins (reported at {@code to}).
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {EndAfterStart.OfExactSchedule.class, EndAfterStart.OfTentativeSchedule.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface EndAfterStart {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.schedule.EndAfterStart.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};

    /** The provider's validator of {@link EndAfterStart} on an {@link ExactSchedule}, not for direct use. */
    final class OfExactSchedule implements ConstraintValidator<EndAfterStart, ExactSchedule> {
        /** Creates the validator. */
        public OfExactSchedule() {}

        @Override
        public boolean isValid(@Nullable ExactSchedule schedule, ConstraintValidatorContext context) {
            if (schedule == null || schedule.zonedEnd().isAfter(schedule.zonedStart())) {
                return true;
            }
            Violations.at(context, "end");
            return false;
        }
    }

    /** The provider's validator of {@link EndAfterStart} on a {@link TentativeSchedule}, not for direct use. */
    final class OfTentativeSchedule implements ConstraintValidator<EndAfterStart, TentativeSchedule> {
        /** Creates the validator. */
        public OfTentativeSchedule() {}

        @Override
        public boolean isValid(@Nullable TentativeSchedule schedule, ConstraintValidatorContext context) {
            if (schedule == null || !schedule.to().isBefore(schedule.from())) {
                return true;
            }
            Violations.at(context, "to");
            return false;
        }
    }
}
