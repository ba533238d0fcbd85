package io.github.townhall.deliberation;

/**
 * How a decision was taken.
 *
 * @since 0.1
 */
public enum DecisionMethod {
    /** By consensus, without a vote (consensus). */
    CONSENSUS,

    /** By a show of hands (à main levée). */
    SHOW_OF_HANDS,

    /** By a majority vote (vote à la majorité). */
    MAJORITY_VOTE,

    /** By a unanimous vote (à l'unanimité). */
    UNANIMITY,

    /** By secret ballot (à bulletin secret). */
    BALLOT
}
