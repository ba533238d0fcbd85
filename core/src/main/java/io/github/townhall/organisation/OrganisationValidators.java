package io.github.townhall.organisation;

import io.github.townhall.constraint.PropertyRule;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The validators of this package's constraints ({@link QuorumMeasurable}, {@link ShareOfOne},
 * {@link TermEndsAfterStart}), which a validation provider finds through each constraint's {@code
 * validatedBy}: public for the provider, not for direct use.
 *
 * @since 0.1
 */
public final class OrganisationValidators {
    private OrganisationValidators() {}

    /** The provider's validator of {@link QuorumMeasurable} on a {@link Organisation}, not for direct use. */
    public static final class QuorumMeasurableOfOrganisation extends PropertyRule<QuorumMeasurable, Organisation> {
        /** Creates the validator. */
        public QuorumMeasurableOfOrganisation() {
            super("members");
        }

        @Override
        protected boolean holds(Organisation value) {
            return !(value.quorum() instanceof Quorum.Share) || value.members() != null;
        }
    }

    /** The provider's validator of {@link ShareOfOne} on a {@link BigDecimal}, not for direct use. */
    public static final class ShareOfOneOfDecimal implements ConstraintValidator<ShareOfOne, BigDecimal> {
        /** Creates the validator. */
        public ShareOfOneOfDecimal() {}

        @Override
        public boolean isValid(@Nullable BigDecimal value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            return value.signum() > 0 && value.compareTo(BigDecimal.ONE) <= 0;
        }
    }

    /** The provider's validator of {@link TermEndsAfterStart} on a {@link RoleAssignment}, not for direct use. */
    public static final class TermEndsAfterStartOfRoleAssignment
            extends PropertyRule<TermEndsAfterStart, RoleAssignment> {
        /** Creates the validator. */
        public TermEndsAfterStartOfRoleAssignment() {
            super("until");
        }

        @Override
        protected boolean holds(RoleAssignment role) {
            return role.from() == null || role.until() == null || !role.until().isBefore(role.from());
        }
    }
}
