package io.github.townhall.ical;

import io.github.townhall.cycle.Cycle;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.session.Session;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link IcalReader#read(java.io.Reader)} found in a {@code .ics} file: one session per
 * event, or per occurrence of a recurring event, the cycle of each recurring event, and the
 * issues met on the way.
 *
 * @param sessions the sessions: the events that do not recur in file order, then the occurrences
 *     of each recurring event in date order, not null
 * @param cycles one cycle per recurring event, in file order, not null
 * @param issues what could not be mapped, not null
 * @param organiser the organisation named by the file's first {@code ORGANIZER} that has a name
 *     ({@code CN}), with the reader's organisation id and the address as its e-mail or website; null
 *     when no event names one (since 0.3)
 * @since 0.1
 */
public record IcalImport(
        List<Session> sessions,
        List<Cycle> cycles,
        List<ImportIssue> issues,
        @Nullable Organisation organiser) {
    /**
     * Copies the lists.
     *
     * @param sessions the sessions, not null
     * @param cycles the cycles, not null
     * @param issues the issues, not null
     * @param organiser the organisation named by the file, or null
     * @since 0.1
     */
    public IcalImport {
        sessions = List.copyOf(sessions);
        cycles = List.copyOf(cycles);
        issues = List.copyOf(issues);
    }

    /**
     * An import that names no organiser.
     *
     * @param sessions the sessions, not null
     * @param cycles the cycles, not null
     * @param issues the issues, not null
     * @since 0.1
     */
    public IcalImport(List<Session> sessions, List<Cycle> cycles, List<ImportIssue> issues) {
        this(sessions, cycles, issues, null);
    }

    /**
     * An import without cycles, that names no organiser.
     *
     * @param sessions the sessions, not null
     * @param issues the issues, not null
     */
    public IcalImport(List<Session> sessions, List<ImportIssue> issues) {
        this(sessions, List.of(), issues, null);
    }

    /**
     * Compares this import of a calendar with an earlier import of the same calendar: the
     * sessions added, changed and removed since, matched by id (an occurrence's id holds its
     * original start, so it matches across imports).
     *
     * @param earlier the earlier import, not null
     * @return the differences, not null
     * @since 0.1
     */
    public ImportDiff changesSince(IcalImport earlier) {
        return ImportDiff.between(Objects.requireNonNull(earlier, "earlier").sessions(), sessions);
    }
}
