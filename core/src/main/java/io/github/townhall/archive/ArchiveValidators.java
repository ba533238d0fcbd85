package io.github.townhall.archive;

import io.github.townhall.internal.Violations;
import io.github.townhall.organisation.ListedOrganisation;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.organisation.Partnership;
import io.github.townhall.organisation.Party;
import io.github.townhall.organisation.ProjectGroup;
import io.github.townhall.organisation.ProjectGroupId;
import io.github.townhall.people.Person;
import io.github.townhall.people.PersonId;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.session.NextSession;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionId;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The validators of this package's constraints ({@link ChronologicalOrdinals}, {@link
 * DirectoryEntriesUnique}, {@link NextSessionNotCopied}, {@link ReferencesResolve}, {@link
 * UniqueOrdinals}), which a validation provider finds through each constraint's {@code
 * validatedBy}: public for the provider, not for direct use.
 *
 * @since 0.1
 */
public final class ArchiveValidators {
    private ArchiveValidators() {}

    /** The provider's validator of {@link ChronologicalOrdinals} on an {@link Archive}, not for direct use. */
    public static final class ChronologicalOrdinalsOfArchive
            implements ConstraintValidator<ChronologicalOrdinals, Archive> {
        /** Creates the validator. */
        public ChronologicalOrdinalsOfArchive() {}

        @Override
        public boolean isValid(@Nullable Archive archive, ConstraintValidatorContext context) {
            if (archive == null) {
                return true;
            }
            boolean valid = true;
            for (List<CyclePositions.Entry> entries : CyclePositions.byCycle(archive, context)) {
                List<CyclePositions.Entry> ranked = new ArrayList<>(entries);
                ranked.sort(Comparator.comparingInt(CyclePositions.Entry::ordinal));
                for (int i = 1; i < ranked.size(); i++) {
                    CyclePositions.Entry before = ranked.get(i - 1);
                    CyclePositions.Entry after = ranked.get(i);
                    if (after.ordinal() != before.ordinal()
                            && startsBefore(
                                    after.session().schedule(), before.session().schedule())) {
                        CyclePositions.report(context, after);
                        valid = false;
                    }
                }
            }
            return valid;
        }

        /**
         * Tells whether a schedule certainly starts before another: by instant when both have an
         * exact start, else by first day.
         *
         * @param second one schedule
         * @param first the other
         * @return true if {@code second} starts strictly before {@code first}
         */
        private static boolean startsBefore(Schedule second, Schedule first) {
            // The earlier-ranked one first: the next pair starts with this pair's later one, still
            // resolved then (an ExactSchedule keeps the zoned times of the last one resolved).
            ZonedDateTime firstStart = first.exactStart();
            ZonedDateTime secondStart = second.exactStart();
            if (firstStart != null && secondStart != null) {
                return secondStart.toInstant().isBefore(firstStart.toInstant());
            }
            LocalDate secondDay = second.firstDay();
            LocalDate firstDay = first.firstDay();
            return secondDay != null && firstDay != null && secondDay.isBefore(firstDay);
        }
    }

    /** The provider's validator of {@link DirectoryEntriesUnique} on a {@link Archive}, not for direct use. */
    public static final class DirectoryEntriesUniqueOfArchive
            implements ConstraintValidator<DirectoryEntriesUnique, Archive> {
        /** Creates the validator. */
        public DirectoryEntriesUniqueOfArchive() {}

        @Override
        public boolean isValid(@Nullable Archive value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            boolean valid = true;
            Set<OrganisationId> organisations = new HashSet<>();
            organisations.add(value.organisation().id());
            for (int i = 0; i < value.directory().size(); i++) {
                if (!organisations.add(value.directory().get(i).id())) {
                    Violations.at(context, "directory", i, "id");
                    valid = false;
                }
            }
            Set<PersonId> people = new HashSet<>();
            for (int i = 0; i < value.people().size(); i++) {
                PersonId id = value.people().get(i).id();
                if (id == null || !people.add(id)) {
                    Violations.at(context, "people", i, "id");
                    valid = false;
                }
            }
            return valid;
        }
    }

    /** The provider's validator of {@link NextSessionNotCopied} on a {@link Archive}, not for direct use. */
    public static final class NextSessionNotCopiedOfArchive
            implements ConstraintValidator<NextSessionNotCopied, Archive> {
        /** Creates the validator. */
        public NextSessionNotCopiedOfArchive() {}

        @Override
        public boolean isValid(@Nullable Archive value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            @Nullable Set<SessionId> ids = null;
            boolean valid = true;
            for (int i = 0; i < value.sessions().size(); i++) {
                NextSession next = value.sessions().get(i).nextSession();
                if (next == null || next.session() == null || (next.schedule() == null && next.venue() == null)) {
                    continue;
                }
                if (ids == null) {
                    ids = SessionIds.of(value, context);
                }
                if (ids.contains(next.session())) {
                    Violations.at(context, "sessions", i, "nextSession");
                    valid = false;
                }
            }
            return valid;
        }
    }

    /** The provider's validator of {@link ReferencesResolve} on an {@link Archive}, not for direct use. */
    public static final class ReferencesResolveOfArchive implements ConstraintValidator<ReferencesResolve, Archive> {
        /** Creates the validator. */
        public ReferencesResolveOfArchive() {}

        @Override
        public boolean isValid(@Nullable Archive archive, ConstraintValidatorContext context) {
            return archive == null || new Resolver(archive, context).valid;
        }

        /** One archive's known ids, and the walk over its references. */
        private static final class Resolver {
            private final Set<OrganisationId> organisations = new HashSet<>();
            private final Set<PersonId> people = new HashSet<>();
            private final Set<ProjectGroupId> groups = new HashSet<>();
            private final Set<SessionId> sessions;
            private final ConstraintValidatorContext context;
            private boolean valid = true;

            private Resolver(Archive archive, ConstraintValidatorContext context) {
                this.context = context;
                this.sessions = SessionIds.of(archive, context);
                organisations.add(archive.organisation().id());
                for (ListedOrganisation listed : archive.directory()) {
                    organisations.add(listed.id());
                }
                for (Person person : archive.people()) {
                    PersonId id = person.id();
                    if (id != null) {
                        people.add(id);
                    }
                }
                for (ProjectGroup group : archive.organisation().projectGroups()) {
                    groups.add(group.id());
                }
                for (int c = 0; c < archive.cycles().size(); c++) {
                    partners(archive.cycles().get(c).partners(), "cycles", c);
                }
                for (int s = 0; s < archive.sessions().size(); s++) {
                    session(archive.sessions().get(s), s);
                }
            }

            private void session(Session session, int s) {
                partners(session.partners(), "sessions", s);
                if (session.venue() != null && !isOrganisation(session.venue().organisation())) {
                    fail("sessions", s, "venue", "organisation");
                }
                for (int i = 0; i < session.speakers().size(); i++) {
                    if (!isOrganisation(session.speakers().get(i).organisation())) {
                        fail("sessions", s, "speakers", i, "organisation");
                    }
                }
                for (int i = 0; i < session.links().size(); i++) {
                    if (!isOrganisation(session.links().get(i).organiser())) {
                        fail("sessions", s, "links", i, "organiser");
                    }
                }
                for (int i = 0; i < session.roles().size(); i++) {
                    if (!isParty(session.roles().get(i).holder())) {
                        fail("sessions", s, "roles", i, "holder");
                    }
                }
                for (int i = 0; i < session.proposals().size(); i++) {
                    if (!isParty(session.proposals().get(i).proposedBy())) {
                        fail("sessions", s, "proposals", i, "proposedBy");
                    }
                }
                for (int i = 0; i < session.appointments().size(); i++) {
                    var appointment = session.appointments().get(i);
                    if (!isParty(appointment.appointedBy())) {
                        fail("sessions", s, "appointments", i, "appointedBy");
                    }
                    if (appointment.projectGroup() != null && !groups.contains(appointment.projectGroup())) {
                        fail("sessions", s, "appointments", i, "projectGroup");
                    }
                }
                for (int i = 0; i < session.actionItems().size(); i++) {
                    var item = session.actionItems().get(i);
                    if (!isParty(item.owner())) {
                        fail("sessions", s, "actionItems", i, "owner");
                    }
                    if (item.statusChangedIn() != null && !sessions.contains(item.statusChangedIn())) {
                        fail("sessions", s, "actionItems", i, "statusChangedIn");
                    }
                }
                if (session.attendance() != null) {
                    var attendees = session.attendance().attendees();
                    for (int i = 0; i < attendees.size(); i++) {
                        if (!people.contains(attendees.get(i).person())) {
                            fail("sessions", s, "attendance", "attendees", i, "person");
                        }
                    }
                }
            }

            private void partners(List<Partnership> partners, String list, int index) {
                for (int i = 0; i < partners.size(); i++) {
                    if (!isOrganisation(partners.get(i).organisation())) {
                        fail(list, index, "partners", i, "organisation");
                    }
                }
            }

            private boolean isOrganisation(@Nullable OrganisationId id) {
                return id == null || organisations.contains(id);
            }

            private boolean isParty(@Nullable Party party) {
                if (party instanceof Party.OfPerson person) {
                    return people.contains(person.person());
                } else if (party instanceof Party.OfGroup group) {
                    return groups.contains(group.group());
                } else if (party instanceof Party.OfOrganisation organisation) {
                    return organisations.contains(organisation.organisation());
                }
                return true;
            }

            /** Reports an unknown reference; the path is built only then. */
            private void fail(Object... path) {
                Violations.atPath(context, path);
                valid = false;
            }
        }
    }

    /** The provider's validator of {@link UniqueOrdinals} on an {@link Archive}, not for direct use. */
    public static final class UniqueOrdinalsOfArchive implements ConstraintValidator<UniqueOrdinals, Archive> {
        /** Creates the validator. */
        public UniqueOrdinalsOfArchive() {}

        @Override
        public boolean isValid(@Nullable Archive archive, ConstraintValidatorContext context) {
            if (archive == null) {
                return true;
            }
            boolean valid = true;
            for (List<CyclePositions.Entry> entries : CyclePositions.byCycle(archive, context)) {
                Set<Integer> seen = new HashSet<>();
                for (CyclePositions.Entry entry : entries) {
                    if (!seen.add(entry.ordinal())) {
                        CyclePositions.report(context, entry);
                        valid = false;
                    }
                }
            }
            return valid;
        }
    }
}
