package io.github.townhall.session;

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
 * In an {@link Attendance} with both an exact head count and an attendance list, the list does not
 * name more people present or remote than the head count (a list may be partial: not everyone signs,
 * and an erased person leaves it); reported at {@code count}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {AttendeesMatchCount.OfAttendance.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface AttendeesMatchCount {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.session.AttendeesMatchCount.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};

    /** The provider's validator of {@link AttendeesMatchCount} on a {@link Attendance}, not for direct use. */
    final class OfAttendance implements ConstraintValidator<AttendeesMatchCount, Attendance> {
        /** Creates the validator. */
        public OfAttendance() {}

        @Override
        public boolean isValid(@Nullable Attendance value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (!(value.count() instanceof ExactCount exact)
                    || value.attendees().isEmpty()) {
                return true;
            }
            if (exact.value()
                    >= value.attendees().stream()
                            .filter(a -> a.status().takesPart())
                            .count()) {
                return true;
            }
            Violations.at(context, "count");
            return false;
        }
    }
}
