package io.github.townhall.archive;

import io.github.townhall.announcement.Announcement;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.internal.Checks;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.session.CyclePosition;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionId;
import io.github.townhall.validation.ChronologicalOrdinals;
import io.github.townhall.validation.UniqueOrdinals;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything an organisation records: the organisation, its cycles, its sessions and its
 * announcements. One archive is one JSON document and the source of one or more feeds.
 *
 * <pre>{@code
 * Archive archive = Archive.builder(organisation)
 *         .addCycle(cycle)
 *         .addSession(first)
 *         .addSession(second)
 *         .build();
 * List<Session> inOrder = archive.sessionsOf(cycle.id());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@UniqueOrdinals
@ChronologicalOrdinals
public final class Archive {
    private final @Valid Organisation organisation;
    private final List<@Valid Cycle> cycles;
    private final List<@Valid Session> sessions;
    private final List<@Valid Announcement> announcements;

    private Archive(Builder builder) {
        this.organisation = Objects.requireNonNull(builder.organisation, "organisation");
        this.cycles = Checks.copy(builder.cycles, "cycles");
        this.sessions = Checks.copy(builder.sessions, "sessions");
        this.announcements = Checks.copy(builder.announcements, "announcements");
    }

    /**
     * Starts building an {@link Archive}.
     *
     * @param organisation the organisation, not null
     * @return a new builder, not null
     */
    public static Builder builder(Organisation organisation) {
        return new Builder(organisation);
    }

    /**
     * Returns a builder holding every value of this archive, to change some of them.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder(organisation);
        builder.cycles = new ArrayList<>(cycles);
        builder.sessions = new ArrayList<>(sessions);
        builder.announcements = new ArrayList<>(announcements);
        return builder;
    }

    /**
     * Returns the organisation.
     *
     * @return the value, not null
     */
    public Organisation organisation() {
        return organisation;
    }

    /**
     * Returns the cycles.
     *
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<Cycle> cycles() {
        return cycles;
    }

    /**
     * Returns the sessions, in the order given.
     *
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<Session> sessions() {
        return sessions;
    }

    /**
     * Returns the announcements.
     *
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<Announcement> announcements() {
        return announcements;
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
                .filter(session -> session.cycle()
                        .map(CyclePosition::cycle)
                        .filter(cycle::equals)
                        .isPresent())
                .sorted(Comparator.comparingInt(
                        session -> session.cycle().orElseThrow().ordinal()))
                .toList();
    }

    /**
     * Finds a session by id.
     *
     * @param id the session's id, not null
     * @return the first session with that id, or empty
     */
    public Optional<Session> session(SessionId id) {
        Objects.requireNonNull(id, "id");
        return sessions.stream().filter(session -> session.id().equals(id)).findFirst();
    }

    /**
     * Finds a cycle by id.
     *
     * @param id the cycle's id, not null
     * @return the first cycle with that id, or empty
     */
    public Optional<Cycle> cycle(CycleId id) {
        Objects.requireNonNull(id, "id");
        return cycles.stream().filter(cycle -> cycle.id().equals(id)).findFirst();
    }

    /**
     * Returns a copy with another value for the organisation.
     *
     * @param organisation the new value, not null
     * @return a copy, not null
     */
    public Archive withOrganisation(Organisation organisation) {
        Builder builder = toBuilder();
        builder.organisation = Objects.requireNonNull(organisation, "organisation");
        return builder.build();
    }

    /**
     * Returns a copy with other cycles.
     *
     * @param cycles the new values, not null, no null element
     * @return a copy, not null
     */
    public Archive withCycles(Collection<? extends Cycle> cycles) {
        return toBuilder().cycles(cycles).build();
    }

    /**
     * Returns a copy with other sessions, in the order given.
     *
     * @param sessions the new values, not null, no null element
     * @return a copy, not null
     */
    public Archive withSessions(Collection<? extends Session> sessions) {
        return toBuilder().sessions(sessions).build();
    }

    /**
     * Returns a copy with other announcements.
     *
     * @param announcements the new values, not null, no null element
     * @return a copy, not null
     */
    public Archive withAnnouncements(Collection<? extends Announcement> announcements) {
        return toBuilder().announcements(announcements).build();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other == this
                || (other instanceof Archive that
                        && Objects.equals(organisation, that.organisation)
                        && Objects.equals(cycles, that.cycles)
                        && Objects.equals(sessions, that.sessions)
                        && Objects.equals(announcements, that.announcements));
    }

    @Override
    public int hashCode() {
        return Objects.hash(organisation, cycles, sessions, announcements);
    }

    @Override
    public String toString() {
        return "Archive[" + organisation.id() + ", " + cycles.size() + " cycles, " + sessions.size() + " sessions]";
    }

    /**
     * Builds an {@link Archive}. A builder is not thread-safe; {@link #build()} may be called
     * more than once.
     */
    public static final class Builder {
        private Organisation organisation;
        private List<Cycle> cycles = new ArrayList<>();
        private List<Session> sessions = new ArrayList<>();
        private List<Announcement> announcements = new ArrayList<>();

        private Builder(Organisation organisation) {
            this.organisation = Objects.requireNonNull(organisation, "organisation");
        }

        /**
         * Sets the cycles, replacing any set before.
         *
         * @param cycles the values, not null, no null element
         * @return this builder
         */
        public Builder cycles(Collection<? extends Cycle> cycles) {
            this.cycles = new ArrayList<>(Checks.copy(cycles, "cycles"));
            return this;
        }

        /**
         * Adds one to the cycles.
         *
         * @param cycle the value to add, not null
         * @return this builder
         */
        public Builder addCycle(Cycle cycle) {
            this.cycles.add(Objects.requireNonNull(cycle, "cycle"));
            return this;
        }

        /**
         * Sets the sessions, in the order given, replacing any set before.
         *
         * @param sessions the values, not null, no null element
         * @return this builder
         */
        public Builder sessions(Collection<? extends Session> sessions) {
            this.sessions = new ArrayList<>(Checks.copy(sessions, "sessions"));
            return this;
        }

        /**
         * Adds one to the sessions, in the order given.
         *
         * @param session the value to add, not null
         * @return this builder
         */
        public Builder addSession(Session session) {
            this.sessions.add(Objects.requireNonNull(session, "session"));
            return this;
        }

        /**
         * Sets the announcements, replacing any set before.
         *
         * @param announcements the values, not null, no null element
         * @return this builder
         */
        public Builder announcements(Collection<? extends Announcement> announcements) {
            this.announcements = new ArrayList<>(Checks.copy(announcements, "announcements"));
            return this;
        }

        /**
         * Adds one to the announcements.
         *
         * @param announcement the value to add, not null
         * @return this builder
         */
        public Builder addAnnouncement(Announcement announcement) {
            this.announcements.add(Objects.requireNonNull(announcement, "announcement"));
            return this;
        }

        /**
         * Builds an {@link Archive} from the values set.
         *
         * @return a new immutable archive, not null
         */
        public Archive build() {
            return new Archive(this);
        }
    }
}
