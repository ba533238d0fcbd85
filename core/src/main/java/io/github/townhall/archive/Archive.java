package io.github.townhall.archive;

import io.github.townhall.announcement.Announcement;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.internal.Checks;
import io.github.townhall.internal.ModelRecord;
import io.github.townhall.organisation.ListedOrganisation;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.people.Person;
import io.github.townhall.people.PersonId;
import io.github.townhall.session.ActionItem;
import io.github.townhall.session.ActionStatus;
import io.github.townhall.session.CyclePosition;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionId;
import jakarta.validation.Valid;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 * @param directory the other organisations that sessions, cycles, speakers, venues and links refer to,
 *     each written once
 * @param people the register of people that roles, attendance lists and parties refer to, each with
 *     an id (personal data: see {@link #withoutPersonalData()})
 * @since 0.1
 */
@ModelRecord
@UniqueOrdinals
@ChronologicalOrdinals
@DirectoryEntriesUnique
@ReferencesResolve
@NextSessionNotCopied
public record Archive(
        @Valid Organisation organisation,
        List<@Valid Cycle> cycles,
        List<@Valid Session> sessions,
        List<@Valid Announcement> announcements,
        List<@Valid ListedOrganisation> directory,
        List<@Valid Person> people)
        implements ArchiveBuilder.With {

    /**
     * Creates an archive.
     *
     * @param organisation the organisation
     * @param cycles the cycles
     * @param sessions the sessions, in the order given
     * @param announcements the announcements
     * @param directory the other organisations that sessions, cycles, speakers, venues and links refer to,
     *     each written once
     * @param people the register of people that roles, attendance lists and parties refer to, each with
     *     an id (personal data: see {@link #withoutPersonalData()})
     * @throws NullPointerException if {@code organisation} or a list is null, naming the first
     *     null element of a list
     */
    public Archive {
        Objects.requireNonNull(organisation, "organisation");
        cycles = Checks.copy(cycles, "cycles");
        sessions = Checks.copy(sessions, "sessions");
        announcements = Checks.copy(announcements, "announcements");
        directory = Checks.copy(directory, "directory");
        people = Checks.copy(people, "people");
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
     * Finds an organisation of the directory by id.
     *
     * @param id the organisation's id, not null
     * @return the entry, or null when the directory has none with that id
     * @since 0.1
     */
    public @Nullable ListedOrganisation listed(OrganisationId id) {
        Objects.requireNonNull(id, "id");
        return directory.stream()
                .filter(entry -> entry.id().equals(id))
                .findFirst()
                .orElse(null);
    }

    /**
     * Finds a person of the register by id.
     *
     * @param id the person's id, not null
     * @return the person, or null when the register has none with that id
     * @since 0.1
     */
    public @Nullable Person person(PersonId id) {
        Objects.requireNonNull(id, "id");
        return people.stream()
                .filter(person -> id.equals(person.id()))
                .findFirst()
                .orElse(null);
    }

    /**
     * Lists the action items still open, by the session that agreed them, in the order of the
     * sessions: what an organiser reviews before the next meeting.
     *
     * @return an unmodifiable map, in session order, without sessions that have none open
     * @since 0.1
     */
    public Map<SessionId, List<ActionItem>> openActionItems() {
        Map<SessionId, List<ActionItem>> open = new LinkedHashMap<>();
        for (Session session : sessions) {
            List<ActionItem> items = session.actionItems().stream()
                    .filter(item -> item.status() == ActionStatus.OPEN)
                    .toList();
            if (!items.isEmpty()) {
                open.put(session.id(), items);
            }
        }
        return Collections.unmodifiableMap(open);
    }

    /**
     * Returns a copy fit for publication, with no personal data: no register of people, no
     * attendance list, no reference to a person (roles held by people are left out; owners,
     * authors and appointers that are people become null), and no person's id. What people are
     * public for stays: speakers, board members and appointees by name, contact points.
     *
     * @return the copy, not null
     * @since 0.1
     */
    public Archive withoutPersonalData() {
        return new PersonalData(person -> person.withId(null), ref -> false, ref -> false).apply(this, person -> false);
    }

    /**
     * Returns a copy without attendance lists: head counts stay, and people of the register that
     * nothing else refers to are dropped.
     *
     * @return the copy, not null
     * @since 0.1
     */
    public Archive withoutAttendeeNames() {
        Set<PersonId> referenced = PersonalData.referencedPeople(this);
        return new PersonalData(person -> person, ref -> true, ref -> false)
                .apply(this, person -> referenced.contains(person.id()));
    }

    /**
     * Returns a copy in which a person is erased (right to erasure, droit à l'effacement): out of
     * the register and every attendance list, every role and reference to them removed (owners,
     * authors and appointers become null), and every person with that id removed from the speakers
     * and emptied from board roles and appointments. Text fields are not searched: a name written
     * in prose stays where it is.
     *
     * @param id the person's id, not null
     * @return the copy, not null
     * @since 0.1
     */
    public Archive erase(PersonId id) {
        Objects.requireNonNull(id, "id");
        return new PersonalData(
                        person -> id.equals(person.id()) ? null : person,
                        ref -> !ref.equals(id),
                        ref -> !ref.equals(id))
                .apply(this, person -> !id.equals(person.id()));
    }

    /**
     * Returns a copy in which a person is replaced by a pseudonym: wherever a person with that id is
     * written (the register, speakers, board roles, appointments), the person becomes one with
     * that name and id and nothing else (no city, title, affiliation or background).
     *
     * @param id the person's id, not null
     * @param pseudonym the name to write instead, not null
     * @return the copy, not null
     * @since 0.1
     */
    public Archive pseudonymise(PersonId id, String pseudonym) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pseudonym, "pseudonym");
        Person replacement = Person.of(pseudonym).withId(id);
        return new PersonalData(person -> id.equals(person.id()) ? replacement : person, ref -> true, ref -> true)
                .apply(this, person -> true);
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
