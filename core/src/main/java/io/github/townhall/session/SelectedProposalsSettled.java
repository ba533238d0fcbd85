package io.github.townhall.session;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.deliberation.Decision;
import io.github.townhall.deliberation.Proposal;
import io.github.townhall.deliberation.ProposalId;
import io.github.townhall.deliberation.ProposalStatus;
import io.github.townhall.internal.Violations;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A proposal of a {@link Session} marked {@code SELECTED} is settled by a decision of that
 * session. Reported at {@code proposals[i].status}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {SelectedProposalsSettled.OfSession.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface SelectedProposalsSettled {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.session.SelectedProposalsSettled.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};

    /** The provider's validator of {@link SelectedProposalsSettled} on a {@link Session}, not for direct use. */
    final class OfSession implements ConstraintValidator<SelectedProposalsSettled, Session> {
        /** Creates the validator. */
        public OfSession() {}

        @Override
        public boolean isValid(@Nullable Session session, ConstraintValidatorContext context) {
            if (session == null) {
                return true;
            }
            boolean valid = true;
            List<Proposal> proposals = session.proposals();
            for (int i = 0; i < proposals.size(); i++) {
                Proposal proposal = proposals.get(i);
                if (proposal.status() == ProposalStatus.SELECTED && !settled(session, proposal.id())) {
                    Violations.at(context, "proposals", i, "status");
                    valid = false;
                }
            }
            return valid;
        }

        private static boolean settled(Session session, ProposalId id) {
            for (Decision decision : session.decisions()) {
                if (decision.settles().contains(id)) {
                    return true;
                }
            }
            return false;
        }
    }
}
