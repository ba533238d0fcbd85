package io.github.townhall.session;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.session.SessionValidators.AgendaWithinSessionOfAgendaItem;
import io.github.townhall.session.SessionValidators.AgendaWithinSessionOfSession;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Agenda durations fit: the durations of a {@link Session}'s top-level agenda items add up to no
 * more than its exact schedule's length (reported at {@code agenda}), and the sub-items of an
 * {@link AgendaItem} with a duration add up to no more than it (reported at
 * {@code agenda[i].items}).
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {AgendaWithinSessionOfSession.class, AgendaWithinSessionOfAgendaItem.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface AgendaWithinSession {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.session.AgendaWithinSession.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
