package io.github.townhall.validation.internal;

import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionStatus;
import io.github.townhall.validation.HeldOnKnownDate;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link HeldOnKnownDate}; reported at {@code schedule}. */
public final class HeldOnKnownDateValidator implements ConstraintValidator<HeldOnKnownDate, Session> {
    /** Creates the validator. */
    public HeldOnKnownDateValidator() {}

    @Override
    public boolean isValid(@Nullable Session session, ConstraintValidatorContext context) {
        if (session == null
                || session.status() != SessionStatus.HELD
                || !(session.schedule() instanceof TentativeSchedule tentative)
                || tentative.from().equals(tentative.to())) {
            return true;
        }
        Violations.at(context, "schedule");
        return false;
    }
}
