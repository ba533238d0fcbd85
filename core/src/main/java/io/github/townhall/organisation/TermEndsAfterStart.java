package io.github.townhall.organisation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.organisation.OrganisationValidators.TermEndsAfterStartOfRoleAssignment;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A {@link RoleAssignment}'s term ends after it starts: when both dates are known, the role is not
 * held until a day before it starts. Reported at {@code until}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {TermEndsAfterStartOfRoleAssignment.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface TermEndsAfterStart {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.organisation.TermEndsAfterStart.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
