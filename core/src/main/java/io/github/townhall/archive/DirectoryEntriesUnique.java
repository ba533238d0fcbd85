package io.github.townhall.archive;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.archive.ArchiveValidators.DirectoryEntriesUniqueOfArchive;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * In an {@link Archive}, every organisation of the directory and every person of the register is
 * written once: a directory entry with the id of the archive's organisation or of an earlier entry is
 * reported at {@code directory[i].id}, a person without an id or with the id of an earlier person at
 * {@code people[i].id}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {DirectoryEntriesUniqueOfArchive.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface DirectoryEntriesUnique {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.archive.DirectoryEntriesUnique.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
