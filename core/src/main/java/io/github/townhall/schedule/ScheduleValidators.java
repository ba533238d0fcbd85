package io.github.townhall.schedule;

import io.github.townhall.constraint.PropertyRule;
import io.github.townhall.internal.Violations;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The validators of this package's constraints ({@link EndAfterStart}, {@link ExistingLocalTime},
 * {@link ShorterThanADay}), which a validation provider finds through each constraint's {@code
 * validatedBy}: public for the provider, not for direct use.
 *
 * @since 0.1
 */
public final class ScheduleValidators {
    private ScheduleValidators() {}

    /** The provider's validator of {@link EndAfterStart} on an {@link ExactSchedule}, not for direct use. */
    public static final class EndAfterStartOfExactSchedule extends PropertyRule<EndAfterStart, ExactSchedule> {
        /** Creates the validator. */
        public EndAfterStartOfExactSchedule() {
            super("end");
        }

        @Override
        protected boolean holds(ExactSchedule schedule) {
            return schedule.zonedEnd().isAfter(schedule.zonedStart());
        }
    }

    /** The provider's validator of {@link EndAfterStart} on a {@link TentativeSchedule}, not for direct use. */
    public static final class EndAfterStartOfTentativeSchedule extends PropertyRule<EndAfterStart, TentativeSchedule> {
        /** Creates the validator. */
        public EndAfterStartOfTentativeSchedule() {
            super("to");
        }

        @Override
        protected boolean holds(TentativeSchedule schedule) {
            return !schedule.to().isBefore(schedule.from());
        }
    }

    /** The provider's validator of {@link ExistingLocalTime} on an {@link ExactSchedule}, not for direct use. */
    public static final class ExistingLocalTimeOfExactSchedule
            implements ConstraintValidator<ExistingLocalTime, ExactSchedule> {
        /** Creates the validator. */
        public ExistingLocalTimeOfExactSchedule() {}

        @Override
        public boolean isValid(@Nullable ExactSchedule schedule, ConstraintValidatorContext context) {
            if (schedule == null) {
                return true;
            }
            // The zone moves a time in a gap later, so the zoned time differs from the local one.
            boolean valid = true;
            if (!schedule.zonedStart().toLocalDateTime().equals(schedule.start())) {
                Violations.at(context, "start");
                valid = false;
            }
            if (!schedule.zonedEnd().toLocalDateTime().equals(schedule.end())) {
                Violations.at(context, "end");
                valid = false;
            }
            return valid;
        }
    }

    /** The provider's validator of {@link ExistingLocalTime} on an {@link OpenEndedSchedule}, not for direct use. */
    public static final class ExistingLocalTimeOfOpenEndedSchedule
            extends PropertyRule<ExistingLocalTime, OpenEndedSchedule> {
        /** Creates the validator. */
        public ExistingLocalTimeOfOpenEndedSchedule() {
            super("start");
        }

        @Override
        protected boolean holds(OpenEndedSchedule schedule) {
            return !schedule.zone().getRules().getValidOffsets(schedule.start()).isEmpty();
        }
    }

    /** The provider's validator of {@link ShorterThanADay} on an {@link ExactSchedule}, not for direct use. */
    public static final class ShorterThanADayOfExactSchedule extends PropertyRule<ShorterThanADay, ExactSchedule> {
        private static final Duration DAY = Duration.ofHours(24);

        /** Creates the validator. */
        public ShorterThanADayOfExactSchedule() {
            super("end");
        }

        @Override
        protected boolean holds(ExactSchedule schedule) {
            return schedule.duration().compareTo(DAY) < 0;
        }
    }
}
