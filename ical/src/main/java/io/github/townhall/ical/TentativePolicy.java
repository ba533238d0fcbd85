package io.github.townhall.ical;

/**
 * What a feed does with a session known only by a tentative period ("prévu en février").
 *
 * <p>A session with no date at all ({@link io.github.townhall.schedule.UndatedSchedule}, "date à
 * fixer") is not a tentative period: feeds always leave it out, under either policy, and a
 * single-session calendar refuses it.
 *
 * @since 0.1
 */
public enum TentativePolicy {
    /** Leave the session out of the feed (the default: it has no time anyone can plan for). */
    OMIT,

    /**
     * Write an all-day event spanning the whole period (DTSTART and DTEND as dates), with
     * STATUS:TENTATIVE unless the session is cancelled.
     */
    ALL_DAY
}
