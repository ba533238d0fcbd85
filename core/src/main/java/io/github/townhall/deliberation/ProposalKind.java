package io.github.townhall.deliberation;

/**
 * What a proposal proposes.
 *
 * @since 0.1
 */
public enum ProposalKind {
    /** A theme to work on, with its guiding questions (thématique). */
    THEME,

    /** An action the organisation could take (entrée possible, piste d'action). */
    ACTION
}
