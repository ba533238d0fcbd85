package io.github.townhall.session;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.session.SessionValidators.ProfilesWithinTotalOfAttendance;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The profile counts of an {@link Attendance} do not exceed its head count: each count (reported
 * at {@code profiles[i].count}) whatever the head count, and their sum (reported at
 * {@code profiles}) when the head count is exact.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {ProfilesWithinTotalOfAttendance.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ProfilesWithinTotal {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.session.ProfilesWithinTotal.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
