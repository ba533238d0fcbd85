package io.github.townhall.session;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.internal.Violations;
import io.github.townhall.schedule.TentativeSchedule;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Session} whose status is {@code HELD} has an exact date: an exact or open-ended
 * schedule, or a tentative schedule of one single day. Reported at {@code schedule}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {HeldOnKnownDate.OfSession.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface HeldOnKnownDate {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.session.HeldOnKnownDate.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};

    /** The provider's validator of {@link HeldOnKnownDate} on a {@link Session}, not for direct use. */
    final class OfSession implements ConstraintValidator<HeldOnKnownDate, Session> {
        /** Creates the validator. */
        public OfSession() {}

        @Override
        public boolean isValid(@Nullable Session session, ConstraintValidatorContext context) {
            if (session == null
                    || session.status() != SessionStatus.HELD
                    || session.schedule().hasExactStart()
                    || (session.schedule() instanceof TentativeSchedule tentative
                            && tentative.from().equals(tentative.to()))) {
                return true;
            }
            Violations.at(context, "schedule");
            return false;
        }
    }
}
