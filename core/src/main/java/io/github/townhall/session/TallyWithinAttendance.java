package io.github.townhall.session;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.session.SessionValidators.TallyWithinAttendanceOfSession;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A vote tally of a {@link Session}'s decision adds up to no more than the session's head count,
 * when the head count is exact. Reported at {@code decisions[i].tally}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {TallyWithinAttendanceOfSession.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface TallyWithinAttendance {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.session.TallyWithinAttendance.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
