package io.github.townhall.session;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.session.SessionValidators.HeldOnKnownDateOfSession;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A {@link Session} whose status is {@code HELD} has an exact date: an exact or open-ended
 * schedule, or a tentative schedule of one single day. Reported at {@code schedule}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {HeldOnKnownDateOfSession.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface HeldOnKnownDate {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.session.HeldOnKnownDate.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
