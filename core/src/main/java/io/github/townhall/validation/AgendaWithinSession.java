package io.github.townhall.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.validation.internal.AgendaWithinSessionValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Agenda durations fit: the durations of a {@link io.github.townhall.session.Session}'s top-level
 * agenda items add up to no more than its exact schedule's length (reported at {@code agenda}), and
 * the sub-items of an {@link io.github.townhall.session.AgendaItem} with a duration add up to no more
 * than it (reported at {@code agenda[i].items}).
 *
 * <p>Message key: {@code io.github.townhall.validation.AgendaWithinSession.message}.
 */
@Documented
@Constraint(
        validatedBy = {AgendaWithinSessionValidator.OfSession.class, AgendaWithinSessionValidator.OfAgendaItem.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface AgendaWithinSession {
    /**
     * The message template, a key of townhall's message bundles.
     *
     * @return the message template
     */
    String message() default "{io.github.townhall.validation.AgendaWithinSession.message}";

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
