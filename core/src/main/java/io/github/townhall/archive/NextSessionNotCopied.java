package io.github.townhall.archive;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.archive.ArchiveValidators.NextSessionNotCopiedOfArchive;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * In an {@link Archive}, a session's next session that refers to a session of the archive does not
 * repeat its schedule or venue (one place per fact: the record holds them); reported at
 * {@code sessions[i].nextSession}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {NextSessionNotCopiedOfArchive.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NextSessionNotCopied {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.archive.NextSessionNotCopied.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
