package io.github.townhall.ical;

import io.github.townhall.schedule.Schedule;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two imports of the same calendar: the sessions added, changed and
 * removed, matched by id.
 *
 * <pre>{@code
 * ImportDiff diff = reader.read(updated).changesSince(reader.read(previous));
 * diff.changed().forEach(change -> System.out.println(change.before().id() + ": " + change.kinds()));
 * }</pre>
 *
 * @param added the sessions only in the later import, in its order, not null
 * @param changed the sessions in both whose time, status or revision differ, in the later
 *     import's order, not null
 * @param removed the sessions only in the earlier import, in its order, not null
 * @since 0.1
 */
public record ImportDiff(List<Session> added, List<Change> changed, List<Session> removed) {
    /**
     * Copies the lists.
     *
     * @param added the added sessions, not null
     * @param changed the changed sessions, not null
     * @param removed the removed sessions, not null
     */
    public ImportDiff {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    /**
     * What may change in a session between two imports.
     *
     * @since 0.1
     */
    public enum Kind {
        /** It starts at another instant or day, or ends at another. */
        TIME,
        /** Its status changed (cancelled, confirmed...). */
        STATUS,
        /** Its revision changed (SEQUENCE, LAST-MODIFIED). */
        REVISION
    }

    /**
     * One session in both imports that changed.
     *
     * @param before the session in the earlier import, not null
     * @param after the session in the later import, not null
     * @param kinds what changed, never empty
     * @since 0.1
     */
    public record Change(Session before, Session after, List<Kind> kinds) {
        /**
         * Checks the components.
         *
         * @param before the earlier session, not null
         * @param after the later session, not null
         * @param kinds what changed, not null
         */
        public Change {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            kinds = List.copyOf(kinds);
        }
    }

    /**
     * Compares two lists of sessions by id.
     *
     * @param before the sessions of the earlier import, not null
     * @param after the sessions of the later import, not null
     * @return the differences, not null
     */
    public static ImportDiff between(List<Session> before, List<Session> after) {
        Map<SessionId, Session> earlier = new LinkedHashMap<>();
        for (Session session : before) {
            earlier.putIfAbsent(session.id(), session);
        }
        List<Session> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        for (Session session : after) {
            Session old = earlier.remove(session.id());
            if (old == null) {
                added.add(session);
                continue;
            }
            List<Kind> kinds = new ArrayList<>();
            if (!sameTime(old.schedule(), session.schedule())) {
                kinds.add(Kind.TIME);
            }
            if (old.status() != session.status()) {
                kinds.add(Kind.STATUS);
            }
            if (!old.revision().equals(session.revision())) {
                kinds.add(Kind.REVISION);
            }
            if (!kinds.isEmpty()) {
                changed.add(new Change(old, session, kinds));
            }
        }
        return new ImportDiff(added, changed, new ArrayList<>(earlier.values()));
    }

    /**
     * Returns whether nothing was added, changed or removed.
     *
     * @return true when the imports agree
     */
    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    private static boolean sameTime(Schedule a, Schedule b) {
        ZonedDateTime startA = a.exactStart();
        ZonedDateTime startB = b.exactStart();
        if (startA != null && startB != null) {
            // the same instants read in another zone are the same time
            return startA.toInstant().equals(startB.toInstant()) && Objects.equals(endOf(a), endOf(b));
        }
        return a.equals(b);
    }

    private static Object endOf(Schedule schedule) {
        return schedule instanceof io.github.townhall.schedule.ExactSchedule exact
                ? exact.zonedEnd().toInstant()
                : "open";
    }
}
