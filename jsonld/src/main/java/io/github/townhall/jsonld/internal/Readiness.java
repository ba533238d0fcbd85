package io.github.townhall.jsonld.internal;

import io.github.townhall.jsonld.ReadinessProblem;
import io.github.townhall.jsonld.ReadinessReason;
import io.github.townhall.place.Venue;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.schedule.UndatedSchedule;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionStatus;
import io.github.townhall.session.Visibility;
import java.util.ArrayList;
import java.util.List;

/** Why a session's Event would not qualify for Google's event results, in the order of the reasons. */
public final class Readiness {
    private Readiness() {}

    /**
     * Lists the problems of a session.
     *
     * @param session the session
     * @return the problems, in the order of {@link ReadinessReason}; empty when there is none
     */
    public static List<ReadinessProblem> of(Session session) {
        List<ReadinessProblem> problems = new ArrayList<>();
        String who = "Session " + session.id().value();
        if (session.schedule() instanceof UndatedSchedule) {
            problems.add(new ReadinessProblem(
                    ReadinessReason.NO_DATE, who + " has no date yet: it is not an Event until its date is set"));
        }
        if (session.schedule() instanceof TentativeSchedule tentative) {
            problems.add(new ReadinessProblem(
                    ReadinessReason.NO_START_TIME,
                    who + " has only a tentative period, " + tentative.from() + " to " + tentative.to()
                            + ": its startDate is the period's first day, not a known start date and time"));
        }
        if (session.label() == null) {
            problems.add(new ReadinessProblem(
                    ReadinessReason.NO_NAME,
                    who + " has neither a title nor a guiding question: its Event has no name"));
        }
        Venue venue = session.venue();
        boolean place = venue != null && venue.isPhysical();
        boolean published = venue != null && venue.isOnline() && session.visibility() == Visibility.PUBLIC;
        if (!place && !published) {
            problems.add(new ReadinessProblem(
                    ReadinessReason.NO_LOCATION,
                    venue != null && venue.isOnline()
                            ? who + " takes place online only and is for members only: its link is not published,"
                                    + " so its Event has no location"
                            : who + " has no venue: its Event has no location"));
        }
        if (venue != null && place && venue.street() == null && venue.postalCode() == null && venue.city() == null) {
            problems.add(new ReadinessProblem(
                    ReadinessReason.NO_ADDRESS,
                    who + " takes place at a venue with no street, postal code nor city: its Place has no address"));
        }
        if (session.visibility() == Visibility.MEMBERS_ONLY) {
            problems.add(new ReadinessProblem(
                    ReadinessReason.MEMBERS_ONLY,
                    who + " is for members only: it is not an event the public can come to"));
        }
        if (session.status() == SessionStatus.CANCELLED) {
            problems.add(new ReadinessProblem(
                    ReadinessReason.CANCELLED, who + " is cancelled: its Event is marked EventCancelled"));
        }
        if (session.status() == SessionStatus.POSTPONED) {
            problems.add(new ReadinessProblem(
                    ReadinessReason.POSTPONED,
                    who + " is postponed with no new date: its Event is marked EventPostponed until it is"
                            + " rescheduled"));
        }
        return List.copyOf(problems);
    }
}
