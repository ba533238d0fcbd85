package io.github.townhall.archive;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.archive.ArchiveValidators.UniqueOrdinalsOfArchive;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * In an {@link Archive}, no two sessions of one cycle have the same ordinal; every session after
 * the first one holding an ordinal is reported at {@code sessions[i].cycle.ordinal}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {UniqueOrdinalsOfArchive.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface UniqueOrdinals {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.archive.UniqueOrdinals.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
