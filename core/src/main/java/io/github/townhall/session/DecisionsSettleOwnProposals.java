package io.github.townhall.session;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.deliberation.Decision;
import io.github.townhall.deliberation.Proposal;
import io.github.townhall.deliberation.ProposalId;
import io.github.townhall.internal.Violations;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A decision of a {@link Session} only names proposals of that same session. Reported at
 * {@code decisions[i].settles[j]}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {DecisionsSettleOwnProposals.OfSession.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface DecisionsSettleOwnProposals {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.session.DecisionsSettleOwnProposals.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};

    /** The provider's validator of {@link DecisionsSettleOwnProposals} on a {@link Session}, not for direct use. */
    final class OfSession implements ConstraintValidator<DecisionsSettleOwnProposals, Session> {
        /** Up to this many proposals, a settled id is searched among them rather than in a set of their ids. */
        private static final int FEW = 8;

        /** Creates the validator. */
        public OfSession() {}

        @Override
        public boolean isValid(@Nullable Session session, ConstraintValidatorContext context) {
            if (session == null) {
                return true;
            }
            boolean valid = true;
            List<Decision> decisions = session.decisions();
            List<Proposal> proposals = session.proposals();
            @Nullable Set<ProposalId> proposed = null;
            for (int i = 0; i < decisions.size(); i++) {
                List<ProposalId> settles = decisions.get(i).settles();
                for (int j = 0; j < settles.size(); j++) {
                    ProposalId settled = settles.get(j);
                    boolean known;
                    if (proposals.size() <= FEW) {
                        known = isProposed(proposals, settled);
                    } else {
                        if (proposed == null) {
                            proposed = proposed(proposals);
                        }
                        known = proposed.contains(settled);
                    }
                    if (!known) {
                        Violations.at(context, "decisions", i, "settles", j);
                        valid = false;
                    }
                }
            }
            return valid;
        }

        private static boolean isProposed(List<Proposal> proposals, ProposalId id) {
            for (int i = 0; i < proposals.size(); i++) {
                if (proposals.get(i).id().equals(id)) {
                    return true;
                }
            }
            return false;
        }

        /** The ids of a session's proposals, gathered once rather than searched per decision. */
        private static Set<ProposalId> proposed(List<Proposal> proposals) {
            Set<ProposalId> ids = new HashSet<>();
            for (int i = 0; i < proposals.size(); i++) {
                ids.add(proposals.get(i).id());
            }
            return ids;
        }
    }
}
