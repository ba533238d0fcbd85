package io.github.townhall.validation.internal;

import io.github.townhall.deliberation.Proposal;
import io.github.townhall.deliberation.ProposalId;
import io.github.townhall.deliberation.ProposalStatus;
import io.github.townhall.session.Session;
import io.github.townhall.validation.SelectedProposalsSettled;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Validates {@link SelectedProposalsSettled}; reported at {@code proposals[i].status}. */
public final class SelectedProposalsSettledValidator implements ConstraintValidator<SelectedProposalsSettled, Session> {
    /** Creates the validator. */
    public SelectedProposalsSettledValidator() {}

    @Override
    public boolean isValid(@Nullable Session session, ConstraintValidatorContext context) {
        if (session == null) {
            return true;
        }
        Set<ProposalId> settled = session.decisions().stream()
                .flatMap(decision -> decision.settles().stream())
                .collect(Collectors.toSet());
        boolean valid = true;
        List<Proposal> proposals = session.proposals();
        for (int i = 0; i < proposals.size(); i++) {
            Proposal proposal = proposals.get(i);
            if (proposal.status() == ProposalStatus.SELECTED && !settled.contains(proposal.id())) {
                Violations.at(context, "proposals", i, "status");
                valid = false;
            }
        }
        return valid;
    }
}
