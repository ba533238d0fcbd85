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
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * An {@link ExactSchedule} lasts less than 24 hours (reported at {@code end}). A schedule whose
 * end is not after its start is left to {@link EndAfterStart}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {ShorterThanADay.OfExactSchedule.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ShorterThanADay {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.schedule.ShorterThanADay.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};

    /** The provider's validator of {@link ShorterThanADay} on an {@link ExactSchedule}, not for direct use. */
    final class OfExactSchedule implements ConstraintValidator<ShorterThanADay, ExactSchedule> {
        private static final Duration DAY = Duration.ofHours(24);

        /** Creates the validator. */
        public OfExactSchedule() {}

        @Override
        public boolean isValid(@Nullable ExactSchedule schedule, ConstraintValidatorContext context) {
            if (schedule == null || schedule.duration().compareTo(DAY) < 0) {
                return true;
            }
            Violations.at(context, "end");
            return false;
        }
    }
}
