package io.github.townhall.archive;

import io.github.townhall.deliberation.Appointment;
import io.github.townhall.deliberation.Proposal;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.Party;
import io.github.townhall.organisation.ProjectGroup;
import io.github.townhall.organisation.RoleAssignment;
import io.github.townhall.people.Person;
import io.github.townhall.people.PersonId;
import io.github.townhall.session.ActionItem;
import io.github.townhall.session.Attendance;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionRole;
import io.github.townhall.session.Speaker;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Rewrites every place of an archive where a person is written: persons by value (speakers,
 * appointees, board and referent holders, the register), references to a person (parties), and
 * attendance lists. What each operation of {@link Archive} on personal data does is the three
 * functions it passes.
 */
final class PersonalData {
    private final Function<Person, @Nullable Person> person;
    private final Predicate<PersonId> keepReference;
    private final Predicate<PersonId> keepAttendee;

    /**
     * @param person what a person written by value becomes (null: removed)
     * @param keepReference whether a reference to a person stays (roles, owners, authors, appointers)
     * @param keepAttendee whether a person stays on attendance lists
     */
    PersonalData(
            Function<Person, @Nullable Person> person,
            Predicate<PersonId> keepReference,
            Predicate<PersonId> keepAttendee) {
        this.person = person;
        this.keepReference = keepReference;
        this.keepAttendee = keepAttendee;
    }

    /** Applies the rewrite; {@code inRegister} says which people of the register stay. */
    Archive apply(Archive archive, Predicate<Person> inRegister) {
        return archive.with()
                .organisation(organisation(archive.organisation()))
                .sessions(archive.sessions().stream().map(this::session).toList())
                .people(archive.people().stream()
                        .filter(inRegister)
                        .map(person)
                        .filter(Objects::nonNull)
                        .map(Objects::requireNonNull)
                        .toList())
                .build();
    }

    private Organisation organisation(Organisation organisation) {
        return organisation
                .withBoard(holders(organisation.board()))
                .withProjectGroups(organisation.projectGroups().stream()
                        .map(group -> new ProjectGroup(
                                group.id(),
                                group.name(),
                                group.description(),
                                holders(group.referents()),
                                group.editorial()))
                        .toList());
    }

    private List<RoleAssignment> holders(List<RoleAssignment> roles) {
        return roles.stream()
                .map(role ->
                        new RoleAssignment(role.role(), role.title(), map(role.holder()), role.from(), role.until()))
                .toList();
    }

    private Session session(Session session) {
        Attendance attendance = session.attendance();
        return session.with()
                .speakers(session.speakers().stream()
                        .flatMap(speaker -> Stream.ofNullable(map(speaker.person()))
                                .map(kept -> new Speaker(kept, speaker.role(), speaker.organisation())))
                        .toList())
                .roles(session.roles().stream()
                        .filter(role -> party(role.holder()) != null)
                        .toList())
                .proposals(session.proposals().stream()
                        .map(proposal -> proposal.withProposedBy(party(proposal.proposedBy())))
                        .toList())
                .appointments(
                        session.appointments().stream().map(this::appointment).toList())
                .actionItems(session.actionItems().stream()
                        .map(item -> item.withOwner(party(item.owner())))
                        .toList())
                .attendance(
                        attendance == null
                                ? null
                                : attendance.withAttendees(attendance.attendees().stream()
                                        .filter(attendee -> keepAttendee.test(attendee.person()))
                                        .toList()))
                .build();
    }

    private Appointment appointment(Appointment appointment) {
        return new Appointment(
                appointment.role(),
                map(appointment.appointee()),
                appointment.projectGroup(),
                appointment.note(),
                party(appointment.appointedBy()));
    }

    private @Nullable Person map(@Nullable Person written) {
        return written == null ? null : person.apply(written);
    }

    /**
     * The people of the register that something other than an attendance list refers to: role
     * holders, proposers, appointers and owners of action items.
     */
    static Set<PersonId> referencedPeople(Archive archive) {
        Set<PersonId> referenced = new HashSet<>();
        for (Session session : archive.sessions()) {
            Stream.of(
                            session.roles().stream().map(SessionRole::holder),
                            session.proposals().stream().map(Proposal::proposedBy),
                            session.appointments().stream().map(Appointment::appointedBy),
                            session.actionItems().stream().map(ActionItem::owner))
                    .flatMap(parties -> parties)
                    .forEach(party -> {
                        if (party instanceof Party.OfPerson reference) {
                            referenced.add(reference.person());
                        }
                    });
        }
        return referenced;
    }

    private @Nullable Party party(@Nullable Party party) {
        return party instanceof Party.OfPerson reference && !keepReference.test(reference.person()) ? null : party;
    }
}
