package io.github.townhall.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.validation.internal.EndAfterStartValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An end comes after its start: an {@link io.github.townhall.schedule.ExactSchedule} ends after it
 * starts (compared as instants in its zone, reported at {@code end}); a
 * {@link io.github.townhall.schedule.TentativeSchedule} does not end before it begins (reported at
 * {@code to}); a {@link io.github.townhall.organisation.RoleAssignment} is not held until a day before
 * it starts (reported at {@code until}).
 *
 * <p>Message key: {@code io.github.townhall.validation.EndAfterStart.message}.
 */
@Documented
@Constraint(
        validatedBy = {
            EndAfterStartValidator.OfExactSchedule.class,
            EndAfterStartValidator.OfTentativeSchedule.class,
            EndAfterStartValidator.OfRoleAssignment.class
        })
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface EndAfterStart {
    /**
     * The message template, a key of townhall's message bundles.
     *
     * @return the message template
     */
    String message() default "{io.github.townhall.validation.EndAfterStart.message}";

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
