package io.github.townhall.archive;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.archive.ArchiveValidators.ChronologicalOrdinalsOfArchive;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * In an {@link Archive}, the ordinals of a cycle's sessions follow their chronological order:
 * ordered by ordinal, no session starts before the one ranked just before it (compared as instants
 * when both have an exact start, else by first day). Reported at {@code sessions[i].cycle.ordinal}
 * of the later-ranked session.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {ChronologicalOrdinalsOfArchive.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ChronologicalOrdinals {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.archive.ChronologicalOrdinals.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
