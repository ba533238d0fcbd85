package io.github.townhall.deliberation;

/**
 * What a decision did.
 *
 * @since 0.1
 */
public enum DecisionOutcome {
    /** Something was decided (acté, adopté). */
    ADOPTED,

    /** One option was chosen among proposals (choisi). */
    CHOSEN,

    /** Something was set aside for now (mis de côté), usually with a reason and a time to revisit. */
    SET_ASIDE,

    /** Something was rejected (rejeté). */
    REJECTED
}
