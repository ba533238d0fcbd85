package io.github.townhall.session;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.internal.Violations;
import io.github.townhall.schedule.UndatedSchedule;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Session} that is {@linkplain SessionStatus#SCHEDULED scheduled} has a date: an undated
 * schedule is for planned, postponed or cancelled sessions; reported at {@code schedule}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {DateSetWhenScheduled.OfSession.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface DateSetWhenScheduled {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.session.DateSetWhenScheduled.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};

    /** The provider's validator of {@link DateSetWhenScheduled} on a {@link Session}, not for direct use. */
    final class OfSession implements ConstraintValidator<DateSetWhenScheduled, Session> {
        /** Creates the validator. */
        public OfSession() {}

        @Override
        public boolean isValid(@Nullable Session value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (value.status() != SessionStatus.SCHEDULED || !(value.schedule() instanceof UndatedSchedule)) {
                return true;
            }
            Violations.at(context, "schedule");
            return false;
        }
    }
}
