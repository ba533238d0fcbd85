package io.github.townhall.session;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.session.SessionValidators.NextSessionLaterOfSession;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The next session announced by a {@link Session} starts after it: when both have an exact start,
 * the next one's start instant is later; otherwise the next one's last possible day is after this
 * session's first day. Reported at {@code nextSession.schedule}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {NextSessionLaterOfSession.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NextSessionLater {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.session.NextSessionLater.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
