package io.github.townhall.ical.internal;

import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.session.SessionStatus;
import org.jspecify.annotations.Nullable;

/**
 * STATUS: planned or postponed sessions and tentative periods are TENTATIVE, scheduled and held
 * ones CONFIRMED, cancelled ones CANCELLED (and they stay in the feed). When STATUS alone would
 * read back as another status (a held session is CONFIRMED, as a scheduled one is),
 * {@code X-TOWNHALL-STATUS} says which: {@code HELD}, {@code POSTPONED}, or {@code SCHEDULED} for a
 * tentative period.
 */
final class StatusScribe implements PropertyScribe {
    /** The property that gives the session's status where STATUS cannot. */
    static final String LIFECYCLE = "X-TOWNHALL-STATUS";

    @Override
    public void write(EventContext event, ContentLineWriter out) {
        SessionStatus lifecycle = event.session().status();
        String status = status(lifecycle, event.session().schedule() instanceof TentativeSchedule);
        out.line("STATUS", status);
        if (read(status) != lifecycle) {
            out.line(LIFECYCLE, lifecycle.name());
        }
    }

    /**
     * Returns the STATUS written for a session.
     *
     * @param lifecycle the session's status
     * @param tentativePeriod whether the session is dated by a tentative period
     * @return TENTATIVE, CONFIRMED or CANCELLED
     */
    static String status(SessionStatus lifecycle, boolean tentativePeriod) {
        String status =
                switch (lifecycle) {
                    case PLANNED, POSTPONED -> "TENTATIVE";
                    case SCHEDULED, HELD -> "CONFIRMED";
                    case CANCELLED -> "CANCELLED";
                };
        return tentativePeriod && !status.equals("CANCELLED") ? "TENTATIVE" : status;
    }

    /**
     * Returns what a STATUS value reads as, without {@code X-TOWNHALL-STATUS}.
     *
     * @param status the STATUS value, upper case
     * @return the status, or null when the value is not one of RFC 5545's for events
     */
    static @Nullable SessionStatus read(String status) {
        return switch (status) {
            case "TENTATIVE" -> SessionStatus.PLANNED;
            case "CANCELLED" -> SessionStatus.CANCELLED;
            case "CONFIRMED" -> SessionStatus.SCHEDULED;
            default -> null;
        };
    }
}
