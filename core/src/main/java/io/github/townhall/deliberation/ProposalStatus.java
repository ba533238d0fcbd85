package io.github.townhall.deliberation;

/**
 * Where a proposal stands.
 *
 * @since 0.1
 */
public enum ProposalStatus {
    /** Put forward, not settled yet (proposé). */
    PROPOSED,

    /** Selected or adopted by a decision (retenu, adopté). */
    SELECTED,

    /** Set aside for now, to be revisited (mis de côté). */
    SET_ASIDE,

    /** Rejected (rejeté). */
    REJECTED,

    /** Withdrawn by whoever proposed it (retiré). */
    WITHDRAWN
}
