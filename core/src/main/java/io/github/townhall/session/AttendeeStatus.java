package io.github.townhall.session;

/**
 * Whether a person on a session's attendance list came.
 *
 * @since 0.1
 */
public enum AttendeeStatus {
    /** Came (présent·e). */
    PRESENT,

    /** Took part remotely (à distance). */
    REMOTE,

    /** Sent apologies (excusé·e). */
    EXCUSED,

    /** Did not come (absent·e). */
    ABSENT;

    /** {@return true for {@link #PRESENT} and {@link #REMOTE}: the person takes part} */
    public boolean takesPart() {
        return this == PRESENT || this == REMOTE;
    }
}
