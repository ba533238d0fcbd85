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
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The profile counts of an {@link Attendance} do not exceed its head count: each count (reported
 * at {@code profiles[i].count}) whatever the head count, and their sum (reported at
 * {@code profiles}) when the head count is exact.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {ProfilesWithinTotal.OfAttendance.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ProfilesWithinTotal {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.session.ProfilesWithinTotal.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};

    /** The provider's validator of {@link ProfilesWithinTotal} on an {@link Attendance}, not for direct use. */
    final class OfAttendance implements ConstraintValidator<ProfilesWithinTotal, Attendance> {
        /** Creates the validator. */
        public OfAttendance() {}

        @Override
        public boolean isValid(@Nullable Attendance attendance, ConstraintValidatorContext context) {
            if (attendance == null
                    || attendance.count() == null
                    || attendance.count().value() < 0) {
                return true;
            }
            HeadCount total = attendance.count();
            List<ProfileCount> profiles = attendance.profiles();
            boolean valid = true;
            long sum = 0;
            for (int i = 0; i < profiles.size(); i++) {
                Integer count = profiles.get(i).count();
                if (count == null) {
                    continue;
                }
                sum += count;
                if (count > total.value()) {
                    Violations.at(context, "profiles", i, "count");
                    valid = false;
                }
            }
            if (valid && total instanceof ExactCount && sum > total.value()) {
                Violations.at(context, "profiles");
                valid = false;
            }
            return valid;
        }
    }
}
