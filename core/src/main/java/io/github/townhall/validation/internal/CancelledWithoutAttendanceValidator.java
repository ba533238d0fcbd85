package io.github.townhall.validation.internal;

import io.github.townhall.session.Session;
import io.github.townhall.session.SessionStatus;
import io.github.townhall.validation.CancelledWithoutAttendance;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link CancelledWithoutAttendance}; reported at {@code attendance}. */
public final class CancelledWithoutAttendanceValidator
        implements ConstraintValidator<CancelledWithoutAttendance, Session> {
    /** Creates the validator. */
    public CancelledWithoutAttendanceValidator() {}

    @Override
    public boolean isValid(@Nullable Session session, ConstraintValidatorContext context) {
        if (session == null
                || session.status() != SessionStatus.CANCELLED
                || session.attendance().isEmpty()) {
            return true;
        }
        Violations.at(context, "attendance");
        return false;
    }
}
