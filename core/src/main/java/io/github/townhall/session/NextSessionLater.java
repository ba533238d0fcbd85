package io.github.townhall.session;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.schedule.OpenEndedSchedule;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.schedule.TentativeSchedule;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The next session announced by a {@link Session} starts after it: when both have an exact start,
 * the next one's start instant is later; otherwise the next one's last possible day is after this
 * session's first day. Reported at {@code nextSession.schedule}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {NextSessionLater.OfSession.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NextSessionLater {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.session.NextSessionLater.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};

    /** The provider's validator of {@link NextSessionLater} on a {@link Session}, not for direct use. */
    final class OfSession implements ConstraintValidator<NextSessionLater, Session> {
        /** Creates the validator. */
        public OfSession() {}

        @Override
        public boolean isValid(@Nullable Session session, ConstraintValidatorContext context) {
            if (session == null) {
                return true;
            }
            NextSession announced = session.nextSession();
            if (announced == null) {
                return true;
            }
            Schedule next = announced.schedule();
            Schedule current = session.schedule();
            if (next == null || isLater(next, current)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("nextSession")
                    .addPropertyNode("schedule")
                    .addConstraintViolation();
            return false;
        }

        static boolean isLater(Schedule next, Schedule current) {
            ZonedDateTime nextStart = next.exactStart();
            ZonedDateTime currentStart = current.exactStart();
            if (nextStart != null && currentStart != null) {
                return nextStart.toInstant().isAfter(currentStart.toInstant());
            }
            LocalDate last = lastDay(next);
            LocalDate first = current.firstDay();
            return last == null || first == null || last.isAfter(first);
        }

        /**
         * Returns the last day a schedule may start on.
         *
         * @param schedule the schedule
         * @return its start day, or the end of a tentative period, or null when undated
         */
        private static @Nullable LocalDate lastDay(Schedule schedule) {
            if (schedule instanceof TentativeSchedule tentative) {
                return tentative.to();
            } else if (schedule instanceof ExactSchedule exact) {
                return exact.start().toLocalDate();
            } else if (schedule instanceof OpenEndedSchedule open) {
                return open.start().toLocalDate();
            }
            return null;
        }
    }
}
