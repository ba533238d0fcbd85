package io.github.townhall.ical.internal;

import io.github.townhall.schedule.TentativeSchedule;

/**
 * STATUS: planned or postponed sessions and tentative periods are TENTATIVE, scheduled and held
 * ones CONFIRMED, cancelled ones CANCELLED (and they stay in the feed).
 */
final class StatusScribe implements PropertyScribe {
    @Override
    public void write(EventContext event, ContentLineWriter out) {
        String status =
                switch (event.session().status()) {
                    case PLANNED, POSTPONED -> "TENTATIVE";
                    case SCHEDULED, HELD -> "CONFIRMED";
                    case CANCELLED -> "CANCELLED";
                };
        if (event.session().schedule() instanceof TentativeSchedule && !status.equals("CANCELLED")) {
            status = "TENTATIVE";
        }
        out.line("STATUS", status);
    }
}
