package io.github.townhall.archive;

import io.github.townhall.announcement.Announcement;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.internal.Checks;
import io.github.townhall.internal.ModelRecord;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.session.CyclePosition;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionId;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything an organisation records: the organisation, its cycles, its sessions and its
 * announcements. One archive is one JSON document and the source of one or more feeds.
 *
 * <pre>{@code
 * Archive archive = Archive.builder(organisation)
 *         .addCycles(cycle)
 *         .addSessions(first)
 *         .addSessions(second)
 *         .build();
 * List<Session> inOrder = archive.sessionsOf(cycle.id());
 * }</pre>
 *
 * @param organisation the organisation
 * @param cycles the cycles
 * @param sessions the sessions, in the order given
 * @param announcements the announcements
 * @since 0.1
 */
@ModelRecord
@UniqueOrdinals
@ChronologicalOrdinals
public record Archive(
        @Valid Organisation organisation,
        List<@Valid Cycle> cycles,
        List<@Valid Session> sessions,
        List<@Valid Announcement> announcements)
        implements ArchiveBuilder.With {

    /**
     * Creates an archive.
     *
     * @throws NullPointerException if {@code organisation} or a list is null, naming the first
     *     null element of a list
     */
    public Archive {
        Objects.requireNonNull(organisation, "organisation");
        cycles = Checks.copy(cycles, "cycles");
        sessions = Checks.copy(sessions, "sessions");
        announcements = Checks.copy(announcements, "announcements");
    }

    /**
     * Starts building an archive.
     *
     * @param organisation the organisation, not null
     * @return a new builder, not null
     * @throws NullPointerException if {@code organisation} is null
     */
    public static ArchiveBuilder builder(Organisation organisation) {
        return ArchiveBuilder.builder().organisation(Objects.requireNonNull(organisation, "organisation"));
    }

    /**
     * Returns the sessions of a cycle, ordered by their ordinal in it.
     *
     * @param cycle the cycle's id, not null
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<Session> sessionsOf(CycleId cycle) {
        Objects.requireNonNull(cycle, "cycle");
        return sessions.stream()
                .filter(session ->
                        session.cycle() != null && session.cycle().cycle().equals(cycle))
                .sorted(Comparator.comparingInt(Archive::ordinal))
                .toList();
    }

    private static int ordinal(Session session) {
        CyclePosition position = Objects.requireNonNull(session.cycle());
        return position.ordinal();
    }

    /**
     * Finds a session by id.
     *
     * @param id the session's id, not null
     * @return the first session with that id, or null
     */
    public @Nullable Session session(SessionId id) {
        Objects.requireNonNull(id, "id");
        return sessions.stream()
                .filter(session -> session.id().equals(id))
                .findFirst()
                .orElse(null);
    }

    /**
     * Finds a cycle by id.
     *
     * @param id the cycle's id, not null
     * @return the first cycle with that id, or null
     */
    public @Nullable Cycle cycle(CycleId id) {
        Objects.requireNonNull(id, "id");
        return cycles.stream()
                .filter(cycle -> cycle.id().equals(id))
                .findFirst()
                .orElse(null);
    }

    /**
     * Returns a summary: the organisation's id and how many cycles and sessions the archive holds
     * (an archive can hold thousands of sessions; their own {@code toString} gives every value).
     *
     * @return {@code Archive[id, n cycles, m sessions]}, not null
     */
    @Override
    public String toString() {
        return "Archive[" + organisation.id() + ", " + cycles.size() + " cycles, " + sessions.size() + " sessions]";
    }
}
