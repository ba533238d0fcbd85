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
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * In a {@link Session}, no action item is due before the session's first day; each one that is
 * is reported at {@code actionItems[i].due}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {DueNotBeforeSession.OfSession.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface DueNotBeforeSession {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.session.DueNotBeforeSession.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};

    /** The provider's validator of {@link DueNotBeforeSession} on a {@link Session}, not for direct use. */
    final class OfSession implements ConstraintValidator<DueNotBeforeSession, Session> {
        /** Creates the validator. */
        public OfSession() {}

        @Override
        public boolean isValid(@Nullable Session value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            LocalDate first = value.schedule().firstDay();
            if (first == null) {
                return true;
            }
            boolean valid = true;
            for (int i = 0; i < value.actionItems().size(); i++) {
                LocalDate due = value.actionItems().get(i).due();
                if (due != null && due.isBefore(first)) {
                    Violations.at(context, "actionItems", i, "due");
                    valid = false;
                }
            }
            return valid;
        }
    }
}
