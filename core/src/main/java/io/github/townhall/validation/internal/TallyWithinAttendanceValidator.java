package io.github.townhall.validation.internal;

import io.github.townhall.deliberation.Decision;
import io.github.townhall.deliberation.VoteTally;
import io.github.townhall.session.Attendance;
import io.github.townhall.session.ExactCount;
import io.github.townhall.session.HeadCount;
import io.github.townhall.session.Session;
import io.github.townhall.validation.TallyWithinAttendance;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Validates {@link TallyWithinAttendance}; reported at {@code decisions[i].tally}. */
public final class TallyWithinAttendanceValidator implements ConstraintValidator<TallyWithinAttendance, Session> {
    /** Creates the validator. */
    public TallyWithinAttendanceValidator() {}

    @Override
    public boolean isValid(@Nullable Session session, ConstraintValidatorContext context) {
        if (session == null) {
            return true;
        }
        HeadCount count = session.attendance().map(Attendance::count).orElse(null);
        if (!(count instanceof ExactCount exact)) {
            return true;
        }
        boolean valid = true;
        List<Decision> decisions = session.decisions();
        for (int i = 0; i < decisions.size(); i++) {
            VoteTally tally = decisions.get(i).tally().orElse(null);
            if (tally != null && exact.value() >= 0 && tally.total() > exact.value()) {
                Violations.at(context, "decisions", i, "tally");
                valid = false;
            }
        }
        return valid;
    }
}
