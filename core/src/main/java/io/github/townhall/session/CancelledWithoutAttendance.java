package io.github.townhall.session;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.internal.Violations;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Session} whose status is {@code CANCELLED} has no attendance. Reported at
 * {@code attendance}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {CancelledWithoutAttendance.OfSession.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CancelledWithoutAttendance {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.session.CancelledWithoutAttendance.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};

    /** The provider's validator of {@link CancelledWithoutAttendance} on a {@link Session}, not for direct use. */
    final class OfSession implements ConstraintValidator<CancelledWithoutAttendance, Session> {
        /** Creates the validator. */
        public OfSession() {}

        @Override
        public boolean isValid(@Nullable Session session, ConstraintValidatorContext context) {
            if (session == null || session.status() != SessionStatus.CANCELLED || session.attendance() == null) {
                return true;
            }
            Violations.at(context, "attendance");
            return false;
        }
    }
}
