package io.github.townhall.validation.internal;

import io.github.townhall.schedule.Schedule;
import io.github.townhall.session.NextSession;
import io.github.townhall.session.Session;
import io.github.townhall.validation.NextSessionLater;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/** Validates {@link NextSessionLater}; reported at {@code nextSession.schedule}. */
public final class NextSessionLaterValidator implements ConstraintValidator<NextSessionLater, Session> {
    /** Creates the validator. */
    public NextSessionLaterValidator() {}

    @Override
    public boolean isValid(@Nullable Session session, ConstraintValidatorContext context) {
        if (session == null || session.nextSession().isEmpty()) {
            return true;
        }
        Schedule next = session.nextSession().map(NextSession::schedule).orElseThrow();
        Schedule current = session.schedule();
        if (isLater(next, current)) {
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
        ZonedDateTime nextStart = next.exactStart().orElse(null);
        ZonedDateTime currentStart = current.exactStart().orElse(null);
        if (nextStart != null && currentStart != null) {
            return nextStart.toInstant().isAfter(currentStart.toInstant());
        }
        return Schedules.lastDay(next).isAfter(current.firstDay());
    }
}
