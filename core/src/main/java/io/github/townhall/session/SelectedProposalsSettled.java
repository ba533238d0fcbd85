package io.github.townhall.session;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.session.SessionValidators.SelectedProposalsSettledOfSession;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A proposal of a {@link Session} marked {@code SELECTED} is settled by a decision of that
 * session. Reported at {@code proposals[i].status}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {SelectedProposalsSettledOfSession.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface SelectedProposalsSettled {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.session.SelectedProposalsSettled.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
