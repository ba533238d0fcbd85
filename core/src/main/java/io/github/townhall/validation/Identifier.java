package io.github.townhall.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.validation.internal.IdentifierValidators;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated identifier (a {@code SessionId}, {@code CycleId}, {@code ProposalId}...) is not blank
 * and holds no control character: identifiers become calendar UIDs and JSON references.
 *
 * <p>Message key: {@code io.github.townhall.validation.Identifier.message}.
 */
@Documented
@Constraint(
        validatedBy = {
            IdentifierValidators.OfSession.class,
            IdentifierValidators.OfOrganisation.class,
            IdentifierValidators.OfCycle.class,
            IdentifierValidators.OfProposal.class,
            IdentifierValidators.OfDecision.class,
            IdentifierValidators.OfProjectGroup.class,
            IdentifierValidators.OfAnnouncement.class
        })
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Identifier {
    /**
     * The message template, a key of townhall's message bundles.
     *
     * @return the message template
     */
    String message() default "{io.github.townhall.validation.Identifier.message}";

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
