package io.github.townhall.validation.internal;

import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.session.AgendaItem;
import io.github.townhall.session.Session;
import io.github.townhall.validation.AgendaWithinSession;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Validators of {@link AgendaWithinSession}. */
public final class AgendaWithinSessionValidator {
    private AgendaWithinSessionValidator() {}

    static Duration total(List<AgendaItem> items) {
        Duration sum = Duration.ZERO;
        for (AgendaItem item : items) {
            if (item.duration() != null) {
                sum = sum.plus(item.duration());
            }
        }
        return sum;
    }

    /** The top-level items fit in an exact schedule; reported at {@code agenda}. */
    public static final class OfSession implements ConstraintValidator<AgendaWithinSession, Session> {
        /** Creates the validator. */
        public OfSession() {}

        @Override
        public boolean isValid(@Nullable Session session, ConstraintValidatorContext context) {
            if (session == null
                    || !(session.schedule() instanceof ExactSchedule exact)
                    || exact.duration().isNegative()
                    || exact.duration().isZero()
                    || total(session.agenda()).compareTo(exact.duration()) <= 0) {
                return true;
            }
            Violations.at(context, "agenda");
            return false;
        }
    }

    /** The sub-items fit in their item's duration; reported at {@code items}. */
    public static final class OfAgendaItem implements ConstraintValidator<AgendaWithinSession, AgendaItem> {
        /** Creates the validator. */
        public OfAgendaItem() {}

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
