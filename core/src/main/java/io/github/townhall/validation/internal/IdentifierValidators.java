package io.github.townhall.validation.internal;

import io.github.townhall.announcement.AnnouncementId;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.deliberation.DecisionId;
import io.github.townhall.deliberation.ProposalId;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.organisation.ProjectGroupId;
import io.github.townhall.session.SessionId;
import io.github.townhall.validation.Identifier;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Validators of {@link Identifier}, one per identifier type. */
public final class IdentifierValidators {
    private IdentifierValidators() {}

    private abstract static class Base<T> implements ConstraintValidator<Identifier, T> {
        private final Function<T, String> value;

        Base(Function<T, String> value) {
            this.value = value;
        }

        @Override
        public boolean isValid(@Nullable T id, ConstraintValidatorContext context) {
            if (id == null) {
                return true;
            }
            String text = value.apply(id);
            return !Strings.isBlank(text) && !Strings.isMultiLine(text);
        }
    }

    /** Validates a {@link SessionId}. */
    public static final class OfSession extends Base<SessionId> {
        /** Creates the validator. */
        public OfSession() {
            super(SessionId::value);
        }
    }

    /** Validates an {@link OrganisationId}. */
    public static final class OfOrganisation extends Base<OrganisationId> {
        /** Creates the validator. */
        public OfOrganisation() {
            super(OrganisationId::value);
        }
    }

    /** Validates a {@link CycleId}. */
    public static final class OfCycle extends Base<CycleId> {
        /** Creates the validator. */
        public OfCycle() {
            super(CycleId::value);
        }
    }

    /** Validates a {@link ProposalId}. */
    public static final class OfProposal extends Base<ProposalId> {
        /** Creates the validator. */
        public OfProposal() {
            super(ProposalId::value);
        }
    }

    /** Validates a {@link DecisionId}. */
    public static final class OfDecision extends Base<DecisionId> {
        /** Creates the validator. */
        public OfDecision() {
            super(DecisionId::value);
        }
    }

    /** Validates a {@link ProjectGroupId}. */
    public static final class OfProjectGroup extends Base<ProjectGroupId> {
        /** Creates the validator. */
        public OfProjectGroup() {
            super(ProjectGroupId::value);
        }
    }

    /** Validates an {@link AnnouncementId}. */
    public static final class OfAnnouncement extends Base<AnnouncementId> {
        /** Creates the validator. */
        public OfAnnouncement() {
            super(AnnouncementId::value);
        }
    }
}
