package io.github.townhall.validation.internal;

import io.github.townhall.organisation.RoleAssignment;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.validation.EndAfterStart;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validators of {@link EndAfterStart}. */
public final class EndAfterStartValidator {
    private EndAfterStartValidator() {}

    /** An exact schedule ends after it starts, as instants in its zone; reported at {@code end}. */
    public static final class OfExactSchedule implements ConstraintValidator<EndAfterStart, ExactSchedule> {
        /** Creates the validator. */
        public OfExactSchedule() {}

        @Override
        public boolean isValid(@Nullable ExactSchedule schedule, ConstraintValidatorContext context) {
            if (schedule == null || schedule.zonedEnd().isAfter(schedule.zonedStart())) {
                return true;
            }
            Violations.at(context, "end");
            return false;
        }
    }

    /** A tentative period does not end before it begins; reported at {@code to}. */
    public static final class OfTentativeSchedule implements ConstraintValidator<EndAfterStart, TentativeSchedule> {
        /** Creates the validator. */
        public OfTentativeSchedule() {}

        @Override
        public boolean isValid(@Nullable TentativeSchedule schedule, ConstraintValidatorContext context) {
            if (schedule == null || !schedule.to().isBefore(schedule.from())) {
                return true;
            }
            Violations.at(context, "to");
            return false;
        }
    }

    /** A role is not held until a day before it starts; reported at {@code until}. */
    public static final class OfRoleAssignment implements ConstraintValidator<EndAfterStart, RoleAssignment> {
        /** Creates the validator. */
        public OfRoleAssignment() {}

        @Override
        public boolean isValid(@Nullable RoleAssignment role, ConstraintValidatorContext context) {
            if (role == null
                    || role.from() == null
                    || role.until() == null
                    || !role.until().isBefore(role.from())) {
                return true;
            }
            Violations.at(context, "until");
            return false;
        }
    }
}
