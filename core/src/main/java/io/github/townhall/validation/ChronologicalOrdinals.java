package io.github.townhall.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.validation.internal.ChronologicalOrdinalsValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * In an {@link io.github.townhall.archive.Archive}, the ordinals of a cycle's sessions follow their
 * chronological order: ordered by ordinal, no session starts before the one ranked just before it
 * (compared as instants when both have an exact start, else by first day). Reported at
 * {@code sessions[i].cycle.ordinal} of the later-ranked session.
 *
 * <p>Message key: {@code io.github.townhall.validation.ChronologicalOrdinals.message}.
 */
@Documented
@Constraint(validatedBy = {ChronologicalOrdinalsValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ChronologicalOrdinals {
    /**
     * The message template, a key of townhall's message bundles.
     *
     * @return the message template
     */
    String message() default "{io.github.townhall.validation.ChronologicalOrdinals.message}";

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
