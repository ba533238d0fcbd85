package io.github.townhall.deliberation;

import io.github.townhall.id.Identifier;
import io.github.townhall.internal.Checks;
import io.github.townhall.internal.ModelRecord;
import io.github.townhall.text.NotBlankText;
import io.github.townhall.text.Text;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A decision taken in a session: something decided ("acté"), set aside ("mis de côté", with a
 * reason and when to revisit), or chosen among proposals (with the angle it was refined with).
 *
 * <pre>{@code
 * Decision incubator = Decision.builder(DecisionId.of("incubateur"), DecisionOutcome.SET_ASIDE,
 *                 Text.fr("L'idée d'un incubateur de projet est mise de côté."))
 *         .addSettles(ProposalId.of("incubateur"))
 *         .reason(Text.fr("prématuré"))
 *         .revisit(Text.fr("au fil des rencontres"))
 *         .build();
 * }</pre>
 *
 * <p>A decision names the proposals it settles by id; validation checks that they belong to the
 * same session.
 *
 * @param id the decision's id, unique within its session
 * @param outcome what the decision did
 * @param statement what was decided, in words
 * @param settles the proposals this decision settles
 * @param method how the decision was taken, or null
 * @param tally the vote count, where there was a vote, or null
 * @param reason why, for a decision that sets something aside or rejects it ("prématuré"), or
 *     null
 * @param revisit when to come back to what was set aside, or null
 * @param angle the angle a chosen theme was refined with, or null
 * @since 0.1
 */
@ModelRecord
public record Decision(
        @Identifier DecisionId id,
        DecisionOutcome outcome,
        @NotBlankText Text statement,
        List<@Identifier ProposalId> settles,
        @Nullable DecisionMethod method,
        @Valid @Nullable VoteTally tally,
        @Nullable Text reason,
        @Nullable Text revisit,
        @Nullable Text angle)
        implements DecisionBuilder.With {

    /**
     * Creates a decision.
     *
     * @param id the decision's id, unique within its session
     * @param outcome what the decision did
     * @param statement what was decided, in words
     * @param settles the proposals this decision settles
     * @param method how the decision was taken, or null
     * @param tally the vote count, where there was a vote, or null
     * @param reason why, for a decision that sets something aside or rejects it ("prématuré"), or
     *     null
     * @param revisit when to come back to what was set aside, or null
     * @param angle the angle a chosen theme was refined with, or null
     * @throws NullPointerException naming the first required part that is null, or the first
     *     null element of {@code settles}
     */
    public Decision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(statement, "statement");
        settles = Checks.copy(settles, "settles");
    }

    /**
     * Starts building a decision.
     *
     * @param id the decision's id, not null
     * @param outcome what the decision did, not null
     * @param statement what was decided, not null
     * @return a new builder, not null
     * @throws NullPointerException if an argument is null
     */
    public static DecisionBuilder builder(DecisionId id, DecisionOutcome outcome, Text statement) {
        return DecisionBuilder.builder()
                .id(Objects.requireNonNull(id, "id"))
                .outcome(Objects.requireNonNull(outcome, "outcome"))
                .statement(Objects.requireNonNull(statement, "statement"));
    }
}
