package io.github.townhall.archive;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.archive.ArchiveValidators.ReferencesResolveOfArchive;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * In an {@link Archive}, every reference points to an entry that exists: organisations (partners,
 * venues, speakers, links, parties) to the archive's organisation or its directory, people (roles,
 * attendance lists, parties) to its register, project groups to the organisation's, sessions where
 * an action item's status changed to its sessions. Each dangling reference is reported at its path,
 * such as {@code sessions[2].partners[0].organisation} or {@code sessions[0].roles[1].holder}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {ReferencesResolveOfArchive.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ReferencesResolve {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.archive.ReferencesResolve.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
