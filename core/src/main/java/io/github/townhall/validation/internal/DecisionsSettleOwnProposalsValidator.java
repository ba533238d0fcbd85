package io.github.townhall.validation.internal;

import io.github.townhall.deliberation.Decision;
import io.github.townhall.deliberation.Proposal;
import io.github.townhall.deliberation.ProposalId;
import io.github.townhall.session.Session;
import io.github.townhall.validation.DecisionsSettleOwnProposals;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Validates {@link DecisionsSettleOwnProposals}; reported at {@code decisions[i].settles[j]}. */
public final class DecisionsSettleOwnProposalsValidator
        implements ConstraintValidator<DecisionsSettleOwnProposals, Session> {
    /** Creates the validator. */
    public DecisionsSettleOwnProposalsValidator() {}

    @Override
    public boolean isValid(@Nullable Session session, ConstraintValidatorContext context) {
        if (session == null) {
            return true;
        }
        Set<ProposalId> known = session.proposals().stream().map(Proposal::id).collect(Collectors.toSet());
        boolean valid = true;
        List<Decision> decisions = session.decisions();
        for (int i = 0; i < decisions.size(); i++) {
            List<ProposalId> settles = decisions.get(i).settles();
            for (int j = 0; j < settles.size(); j++) {
                if (!known.contains(settles.get(j))) {
                    Violations.at(context, "decisions", i, "settles", j);
                    valid = false;
                }
            }
        }
        return valid;
    }
}
