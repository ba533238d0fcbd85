package io.github.townhall.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.validation.internal.CancelledWithoutAttendanceValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A {@link io.github.townhall.session.Session} whose status is {@code CANCELLED} has no attendance.
 * Reported at {@code attendance}.
 *
 * <p>Message key: {@code io.github.townhall.validation.CancelledWithoutAttendance.message}.
 */
@Documented
@Constraint(validatedBy = {CancelledWithoutAttendanceValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CancelledWithoutAttendance {
    /**
     * The message template, a key of townhall's message bundles.
     *
     * @return the message template
     */
    String message() default "{io.github.townhall.validation.CancelledWithoutAttendance.message}";

    /**
     * The validation groups this constraint belongs to.
     *
     * @return the groups, empty for the default group
     */
    Class<?>[] groups() default {};

    /**
     * The payload attached to the constraint.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
