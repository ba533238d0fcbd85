package io.github.townhall.session;

/**
 * A role held in a meeting, besides speaking.
 *
 * @since 0.1
 */
public enum MeetingRole {
    /** Chairs the meeting (président·e de séance). */
    CHAIR,

    /** Facilitates the discussion (animateur·rice). */
    FACILITATOR,

    /** Takes the minutes (secrétaire de séance). */
    SECRETARY,

    /** Keeps time (gardien·ne du temps). */
    TIMEKEEPER,

    /** Wrote the minutes (rédacteur·rice du compte-rendu). */
    MINUTES_AUTHOR,

    /** Approved the minutes (a person, or the meeting as a whole). */
    MINUTES_APPROVER
}
