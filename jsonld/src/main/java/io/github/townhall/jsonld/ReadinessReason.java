package io.github.townhall.jsonld;

/**
 * Why a session's {@code Event} would not appear in Google's event results, or would not appear
 * as an event people can come to. Google requires a {@code name}, a {@code startDate} and a
 * {@code location} (a {@code Place} with an {@code address}, or a {@code VirtualLocation} with a
 * {@code url}); the other reasons are what the session's record says.
 *
 * <p>Whether the session is past is not a reason here: it depends on the day the page is built.
 *
 * @since 0.1
 */
public enum ReadinessReason {
    /** No date yet ({@code Schedule.undated()}): the session is not an {@code Event} at all. */
    NO_DATE,

    /**
     * Only a tentative period: {@code startDate} is the period's first day, not a day and time the
     * session is known to start.
     */
    NO_START_TIME,

    /** Neither a title nor a guiding question: the {@code Event} has no {@code name}. */
    NO_NAME,

    /**
     * No location to write: no venue, or an online-only venue whose link is not published (the
     * session is for members only).
     */
    NO_LOCATION,

    /** A physical venue with no street, postal code nor city: the {@code Place} has no address. */
    NO_ADDRESS,

    /** For members only: not an event the public can come to. */
    MEMBERS_ONLY,

    /** Cancelled: written as {@code EventCancelled}, shown (if at all) as cancelled. */
    CANCELLED,

    /** Postponed with no new date: written as {@code EventPostponed} until it is rescheduled. */
    POSTPONED
}
