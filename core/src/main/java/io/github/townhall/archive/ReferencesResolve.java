package io.github.townhall.archive;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.internal.Violations;
import io.github.townhall.organisation.ListedOrganisation;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.organisation.Partnership;
import io.github.townhall.organisation.Party;
import io.github.townhall.organisation.ProjectGroup;
import io.github.townhall.organisation.ProjectGroupId;
import io.github.townhall.people.Person;
import io.github.townhall.people.PersonId;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionId;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * In an {@link Archive}, every reference points to an entry that exists: organisations (partners,
 * venues, speakers, links, parties) to the archive's organisation or its directory, people (roles,
 * attendance lists, parties) to its register, project groups to the organisation's, sessions where
 * an action item's status changed to its sessions. Each dangling reference is reported at its path,
 * such as {@code sessions[2].partners[0].organisation} or {@code sessions[0].roles[1].holder}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {ReferencesResolve.OfArchive.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ReferencesResolve {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.archive.ReferencesResolve.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};

    /** The provider's validator of {@link ReferencesResolve} on an {@link Archive}, not for direct use. */
    final class OfArchive implements ConstraintValidator<ReferencesResolve, Archive> {
        /** Creates the validator. */
        public OfArchive() {}

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
}
