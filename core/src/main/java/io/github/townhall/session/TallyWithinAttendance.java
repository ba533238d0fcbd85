package io.github.townhall.session;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.deliberation.Decision;
import io.github.townhall.deliberation.VoteTally;
import io.github.townhall.internal.Violations;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A vote tally of a {@link Session}'s decision adds up to no more than the session's head count,
 * when the head count is exact. Reported at {@code decisions[i].tally}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {TallyWithinAttendance.OfSession.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface TallyWithinAttendance {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.session.TallyWithinAttendance.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};

    /** The provider's validator of {@link TallyWithinAttendance} on a {@link Session}, not for direct use. */
    final class OfSession implements ConstraintValidator<TallyWithinAttendance, Session> {
        /** Creates the validator. */
        public OfSession() {}

        @Override
        public boolean isValid(@Nullable Session session, ConstraintValidatorContext context) {
            if (session == null) {
                return true;
            }
            Attendance attendance = session.attendance();
            HeadCount count = attendance == null ? null : attendance.count();
            if (!(count instanceof ExactCount exact)) {
                return true;
            }
            boolean valid = true;
            List<Decision> decisions = session.decisions();
            for (int i = 0; i < decisions.size(); i++) {
                VoteTally tally = decisions.get(i).tally();
                if (tally != null && exact.value() >= 0 && tally.total() > exact.value()) {
                    Violations.at(context, "decisions", i, "tally");
                    valid = false;
                }
            }
            return valid;
        }
    }
}
