package io.github.townhall.session;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.internal.Violations;
import io.github.townhall.schedule.ExactSchedule;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Agenda durations fit: the durations of a {@link Session}'s top-level agenda items add up to no
 * more than its exact schedule's length (reported at {@code agenda}), and the sub-items of an
 * {@link AgendaItem} with a duration add up to no more than it (reported at
 * {@code agenda[i].items}).
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {AgendaWithinSession.OfSession.class, AgendaWithinSession.OfAgendaItem.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface AgendaWithinSession {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.session.AgendaWithinSession.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};

    /** The provider's validator of {@link AgendaWithinSession} on a {@link Session}, not for direct use. */
    final class OfSession implements ConstraintValidator<AgendaWithinSession, Session> {
        /** Creates the validator. */
        public OfSession() {}

        @Override
        public boolean isValid(@Nullable Session session, ConstraintValidatorContext context) {
            if (session == null || session.agenda().isEmpty() || !(session.schedule() instanceof ExactSchedule exact)) {
                return true;
            }
            Duration length = exact.duration();
            if (length.isNegative()
                    || length.isZero()
                    || OfAgendaItem.total(session.agenda()).compareTo(length) <= 0) {
                return true;
            }
            Violations.at(context, "agenda");
            return false;
        }
    }

    /** The provider's validator of {@link AgendaWithinSession} on an {@link AgendaItem}, not for direct use. */
    final class OfAgendaItem implements ConstraintValidator<AgendaWithinSession, AgendaItem> {
        /** Creates the validator. */
        public OfAgendaItem() {}

        /** Adds up the durations of agenda items, those without one counting as zero. */
        static Duration total(List<AgendaItem> items) {
            long seconds = 0;
            long nanos = 0; // each under a second: no overflow before billions of items
            for (int i = 0; i < items.size(); i++) {
                Duration duration = items.get(i).duration();
                if (duration != null) {
                    seconds = Math.addExact(seconds, duration.getSeconds());
                    nanos += duration.getNano();
                }
            }
            return Duration.ofSeconds(seconds, nanos);
        }

        @Override
        public boolean isValid(@Nullable AgendaItem item, ConstraintValidatorContext context) {
            if (item == null || item.duration() == null || total(item.items()).compareTo(item.duration()) <= 0) {
                return true;
            }
            Violations.at(context, "items");
            return false;
        }
    }
}
