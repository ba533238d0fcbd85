package io.github.townhall.id;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.id.IdValidators.IdentifierOfId;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated identifier (any {@link Id}: a {@code SessionId}, {@code CycleId},
 * {@code ProposalId}...) is not blank and holds no control character: identifiers become calendar
 * UIDs and JSON references.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {IdentifierOfId.class})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Identifier {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.id.Identifier.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
