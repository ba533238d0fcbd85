package io.github.townhall.session;

/**
 * Where an action item stands.
 *
 * @since 0.1
 */
public enum ActionStatus {
    /** Still to be done (à faire). */
    OPEN,

    /** Done (fait). */
    DONE,

    /** Given up (abandonné). */
    DROPPED
}
