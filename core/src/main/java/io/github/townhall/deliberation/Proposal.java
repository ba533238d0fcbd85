package io.github.townhall.deliberation;

import io.github.townhall.id.Identifier;
import io.github.townhall.internal.Checks;
import io.github.townhall.internal.ModelRecord;
import io.github.townhall.organisation.Party;
import io.github.townhall.text.NotBlankText;
import io.github.townhall.text.SingleLine;
import io.github.townhall.text.Text;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A proposal put forward in a session: a theme with its guiding questions, or an action.
 *
 * <pre>{@code
 * Proposal theme = Proposal.theme(ProposalId.of("bien-etre"), Text.fr("Le bien-être au travail"),
 *         List.of(Text.fr("Comment les professionnels du travail social appréhendent-ils leur rapport au travail ?")));
 * Proposal chosen = theme.withStatus(ProposalStatus.SELECTED);
 * }</pre>
 *
 * @param id the proposal's id, unique within its session, not null
 * @param kind theme or action, not null
 * @param title what is proposed, not null
 * @param questions the guiding questions of a theme, in order, not null
 * @param description more detail, or null
 * @param status where the proposal stands, not null
 * @param proposedBy who proposed it, or null
 * @since 0.1
 */
@ModelRecord
public record Proposal(
        @Identifier ProposalId id,
        ProposalKind kind,
        @NotBlankText @SingleLine Text title,
        List<@NotBlankText @SingleLine Text> questions,
        @Nullable Text description,
        ProposalStatus status,
        @Valid @Nullable Party proposedBy)
        implements ProposalBuilder.With {
    /**
     * Creates a proposal; the questions are copied.
     *
     * @param id the id, not null
     * @param kind the kind, not null
     * @param title the title, not null
     * @param questions the questions, not null, no null element
     * @param description a description, or null
     * @param status the status, not null
     * @param proposedBy see the record
     */
    public Proposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        questions = Checks.copy(questions, "questions");
        Objects.requireNonNull(status, "status");
    }

    /**
     * Obtains a proposed theme.
     *
     * @param id the id, not null
     * @param title the theme, not null
     * @param questions its guiding questions, not null
     * @return the proposal, {@link ProposalStatus#PROPOSED}, not null
     */
    public static Proposal theme(ProposalId id, Text title, List<Text> questions) {
        return new Proposal(id, ProposalKind.THEME, title, questions, null, ProposalStatus.PROPOSED, null);
    }

    /**
     * Obtains a proposed action.
     *
     * @param id the id, not null
     * @param title the action, not null
     * @return the proposal, {@link ProposalStatus#PROPOSED}, not null
     */
    public static Proposal action(ProposalId id, Text title) {
        return new Proposal(id, ProposalKind.ACTION, title, List.of(), null, ProposalStatus.PROPOSED, null);
    }
}
