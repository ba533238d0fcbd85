package io.github.townhall.organisation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.organisation.OrganisationValidators.QuorumMeasurableOfOrganisation;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An {@link Organisation} whose quorum is a share of its members records how many members it has;
 * reported at {@code members}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {QuorumMeasurableOfOrganisation.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface QuorumMeasurable {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.organisation.QuorumMeasurable.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
