package io.github.townhall.session;

/**
 * Where a session stands in its life, mapped to the iCalendar STATUS of feeds.
 *
 * @since 0.1
 */
public enum SessionStatus {
    /** Planned but not confirmed (prévu): a tentative date or place. */
    PLANNED,

    /** Confirmed, not yet held (programmé). */
    SCHEDULED,

    /** Took place (a eu lieu). */
    HELD,

    /** Postponed to a date not yet known (reporté). */
    POSTPONED,

    /** Cancelled (annulé); stays in feeds as cancelled so that calendars remove it. */
    CANCELLED
}
