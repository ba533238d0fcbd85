package io.github.townhall.deliberation;

import io.github.townhall.internal.Checks;
import io.github.townhall.text.Text;
import io.github.townhall.validation.Identifier;
import io.github.townhall.validation.NotBlankText;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * same session. This class is immutable and thread-safe.
 */
public final class Decision {
    private final @Identifier DecisionId id;
    private final DecisionOutcome outcome;
    private final @NotBlankText Text statement;
    private final List<@Identifier ProposalId> settles;
    private final @Nullable DecisionMethod method;
    private final @Valid @Nullable VoteTally tally;
    private final @Nullable Text reason;
    private final @Nullable Text revisit;
    private final @Nullable Text angle;

    private Decision(Builder builder) {
        this.id = Objects.requireNonNull(builder.id, "id");
        this.outcome = Objects.requireNonNull(builder.outcome, "outcome");
        this.statement = Objects.requireNonNull(builder.statement, "statement");
        this.settles = Checks.copy(builder.settles, "settles");
        this.method = builder.method;
        this.tally = builder.tally;
        this.reason = builder.reason;
        this.revisit = builder.revisit;
        this.angle = builder.angle;
    }

    /**
     * Starts building a {@link Decision}.
     *
     * @param id the decision's id, unique within its session, not null
     * @param outcome what the decision did, not null
     * @param statement what was decided, in words, not null
     * @return a new builder, not null
     */
    public static Builder builder(DecisionId id, DecisionOutcome outcome, Text statement) {
        return new Builder(id, outcome, statement);
    }

    /**
     * Returns a builder holding every value of this decision, to change some of them.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder(id, outcome, statement);
        builder.settles = new ArrayList<>(settles);
        builder.method = method;
        builder.tally = tally;
        builder.reason = reason;
        builder.revisit = revisit;
        builder.angle = angle;
        return builder;
    }

    /**
     * Returns the decision's id, unique within its session.
     *
     * @return the value, not null
     */
    public DecisionId id() {
        return id;
    }

    /**
     * Returns what the decision did.
     *
     * @return the value, not null
     */
    public DecisionOutcome outcome() {
        return outcome;
    }

    /**
     * Returns what was decided, in words.
     *
     * @return the value, not null
     */
    public Text statement() {
        return statement;
    }

    /**
     * Returns the proposals this decision settles.
     *
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<ProposalId> settles() {
        return settles;
    }

    /**
     * Returns how the decision was taken.
     *
     * @return the value, or empty
     */
    public Optional<DecisionMethod> method() {
        return Optional.ofNullable(method);
    }

    /**
     * Returns the vote count, where there was a vote.
     *
     * @return the value, or empty
     */
    public Optional<VoteTally> tally() {
        return Optional.ofNullable(tally);
    }

    /**
     * Returns why, for a decision that sets something aside or rejects it ("prématuré").
     *
     * @return the value, or empty
     */
    public Optional<Text> reason() {
        return Optional.ofNullable(reason);
    }

    /**
     * Returns when to come back to what was set aside.
     *
     * @return the value, or empty
     */
    public Optional<Text> revisit() {
        return Optional.ofNullable(revisit);
    }

    /**
     * Returns the angle a chosen theme was refined with.
     *
     * @return the value, or empty
     */
    public Optional<Text> angle() {
        return Optional.ofNullable(angle);
    }

    /**
     * Returns a copy with another value for the decision's id, unique within its session.
     *
     * @param id the new value, not null
     * @return a copy, not null
     */
    public Decision withId(DecisionId id) {
        Builder builder = toBuilder();
        builder.id = Objects.requireNonNull(id, "id");
        return builder.build();
    }

    /**
     * Returns a copy with another value for what the decision did.
     *
     * @param outcome the new value, not null
     * @return a copy, not null
     */
    public Decision withOutcome(DecisionOutcome outcome) {
        Builder builder = toBuilder();
        builder.outcome = Objects.requireNonNull(outcome, "outcome");
        return builder.build();
    }

    /**
     * Returns a copy with another value for what was decided, in words.
     *
     * @param statement the new value, not null
     * @return a copy, not null
     */
    public Decision withStatement(Text statement) {
        Builder builder = toBuilder();
        builder.statement = Objects.requireNonNull(statement, "statement");
        return builder.build();
    }

    /**
     * Returns a copy with other proposals this decision settles.
     *
     * @param settles the new values, not null, no null element
     * @return a copy, not null
     */
    public Decision withSettles(Collection<? extends ProposalId> settles) {
        return toBuilder().settles(settles).build();
    }

    /**
     * Returns a copy with another value for how the decision was taken.
     *
     * @param method the new value, or null for none
     * @return a copy, not null
     */
    public Decision withMethod(@Nullable DecisionMethod method) {
        return toBuilder().method(method).build();
    }

    /**
     * Returns a copy with another value for the vote count, where there was a vote.
     *
     * @param tally the new value, or null for none
     * @return a copy, not null
     */
    public Decision withTally(@Nullable VoteTally tally) {
        return toBuilder().tally(tally).build();
    }

    /**
     * Returns a copy with another value for why, for a decision that sets something aside or rejects it ("prématuré").
     *
     * @param reason the new value, or null for none
     * @return a copy, not null
     */
    public Decision withReason(@Nullable Text reason) {
        return toBuilder().reason(reason).build();
    }

    /**
     * Returns a copy with another value for when to come back to what was set aside.
     *
     * @param revisit the new value, or null for none
     * @return a copy, not null
     */
    public Decision withRevisit(@Nullable Text revisit) {
        return toBuilder().revisit(revisit).build();
    }

    /**
     * Returns a copy with another value for the angle a chosen theme was refined with.
     *
     * @param angle the new value, or null for none
     * @return a copy, not null
     */
    public Decision withAngle(@Nullable Text angle) {
        return toBuilder().angle(angle).build();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other == this
                || (other instanceof Decision that
                        && Objects.equals(id, that.id)
                        && Objects.equals(outcome, that.outcome)
                        && Objects.equals(statement, that.statement)
                        && Objects.equals(settles, that.settles)
                        && Objects.equals(method, that.method)
                        && Objects.equals(tally, that.tally)
                        && Objects.equals(reason, that.reason)
                        && Objects.equals(revisit, that.revisit)
                        && Objects.equals(angle, that.angle));
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, outcome, statement, settles, method, tally, reason, revisit, angle);
    }

    @Override
    public String toString() {
        return "Decision[" + id + ", " + outcome + ", " + statement + "]";
    }

    /**
     * Builds a {@link Decision}. A builder is not thread-safe; {@link #build()} may be called
     * more than once.
     */
    public static final class Builder {
        private DecisionId id;
        private DecisionOutcome outcome;
        private Text statement;
        private List<ProposalId> settles = new ArrayList<>();
        private @Nullable DecisionMethod method;
        private @Nullable VoteTally tally;
        private @Nullable Text reason;
        private @Nullable Text revisit;
        private @Nullable Text angle;

        private Builder(DecisionId id, DecisionOutcome outcome, Text statement) {
            this.id = Objects.requireNonNull(id, "id");
            this.outcome = Objects.requireNonNull(outcome, "outcome");
            this.statement = Objects.requireNonNull(statement, "statement");
        }

        /**
         * Sets the proposals this decision settles, replacing any set before.
         *
         * @param settles the values, not null, no null element
         * @return this builder
         */
        public Builder settles(Collection<? extends ProposalId> settles) {
            this.settles = new ArrayList<>(Checks.copy(settles, "settles"));
            return this;
        }

        /**
         * Adds one to the proposals this decision settles.
         *
         * @param settles the value to add, not null
         * @return this builder
         */
        public Builder addSettles(ProposalId settles) {
            this.settles.add(Objects.requireNonNull(settles, "settles"));
            return this;
        }

        /**
         * Sets how the decision was taken.
         *
         * @param method the value, or null for none
         * @return this builder
         */
        public Builder method(@Nullable DecisionMethod method) {
            this.method = method;
            return this;
        }

        /**
         * Sets the vote count, where there was a vote.
         *
         * @param tally the value, or null for none
         * @return this builder
         */
        public Builder tally(@Nullable VoteTally tally) {
            this.tally = tally;
            return this;
        }

        /**
         * Sets why, for a decision that sets something aside or rejects it ("prématuré").
         *
         * @param reason the value, or null for none
         * @return this builder
         */
        public Builder reason(@Nullable Text reason) {
            this.reason = reason;
            return this;
        }

        /**
         * Sets when to come back to what was set aside.
         *
         * @param revisit the value, or null for none
         * @return this builder
         */
        public Builder revisit(@Nullable Text revisit) {
            this.revisit = revisit;
            return this;
        }

        /**
         * Sets the angle a chosen theme was refined with.
         *
         * @param angle the value, or null for none
         * @return this builder
         */
        public Builder angle(@Nullable Text angle) {
            this.angle = angle;
            return this;
        }

        /**
         * Builds a {@link Decision} from the values set.
         *
         * @return a new immutable decision, not null
         */
        public Decision build() {
            return new Decision(this);
        }
    }
}
