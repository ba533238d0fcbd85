package io.github.townhall.session;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.session.SessionValidators.DueNotBeforeSessionOfSession;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * In a {@link Session}, no action item is due before the session's first day; each one that is
 * is reported at {@code actionItems[i].due}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {DueNotBeforeSessionOfSession.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface DueNotBeforeSession {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.session.DueNotBeforeSession.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
