package io.github.townhall.organisation;

import io.github.townhall.id.Identifier;
import io.github.townhall.people.PersonId;
import io.github.townhall.text.SingleLine;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;

/**
 * Who did something, as a reference: a person of the archive's register, a project group of the
 * organisation, an organisation (the archive's own or one of its directory), the meeting as a
 * whole, or a party known only by name. Used for who proposed, who appointed, who owns an action
 * item and who holds a role in a meeting.
 *
 * <pre>{@code
 * Party students = Party.named("les étudiants du Master DPDIMP");
 * Party group = Party.group(ProjectGroupId.of("groupe-projet-1"));
 * Party meeting = Party.meeting();
 * }</pre>
 *
 * @since 0.1
 */
public sealed interface Party permits Party.OfPerson, Party.OfGroup, Party.OfOrganisation, Party.Meeting, Party.Named {

    /**
     * A person of the archive's register (personal data: left out of published output).
     *
     * @param person the person's id, not null
     * @since 0.1
     */
    record OfPerson(@Identifier PersonId person) implements Party {
        /**
         * Creates the reference.
         *
         * @param person the person's id, not null
         */
        public OfPerson {
            Objects.requireNonNull(person, "person");
        }
    }

    /**
     * A project group of the organisation.
     *
     * @param group the group's id, not null
     * @since 0.1
     */
    record OfGroup(@Identifier ProjectGroupId group) implements Party {
        /**
         * Creates the reference.
         *
         * @param group the group's id, not null
         */
        public OfGroup {
            Objects.requireNonNull(group, "group");
        }
    }

    /**
     * An organisation: the archive's own or an entry of its directory.
     *
     * @param organisation the organisation's id, not null
     * @since 0.1
     */
    record OfOrganisation(@Identifier OrganisationId organisation) implements Party {
        /**
         * Creates the reference.
         *
         * @param organisation the organisation's id, not null
         */
        public OfOrganisation {
            Objects.requireNonNull(organisation, "organisation");
        }
    }

    /**
     * The meeting as a whole ("le groupe", "l'assemblée"). Obtain it with {@link Party#meeting()}.
     *
     * @since 0.1
     */
    record Meeting() implements Party {}

    /**
     * A party known only by the name the source gives ("les étudiants du Master DPDIMP"): what a
     * townhall/1 document's free-text owner reads as.
     *
     * @param name the name, not null
     * @since 0.1
     */
    record Named(@NotBlank @SingleLine String name) implements Party {
        /**
         * Creates the party.
         *
         * @param name the name, not null
         */
        public Named {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * {@return a reference to a person of the archive's register}
     *
     * @param person the person's id, not null
     */
    static Party person(PersonId person) {
        return new OfPerson(person);
    }

    /**
     * {@return a reference to a project group}
     *
     * @param group the group's id, not null
     */
    static Party group(ProjectGroupId group) {
        return new OfGroup(group);
    }

    /**
     * {@return a reference to an organisation}
     *
     * @param organisation the organisation's id, not null
     */
    static Party organisation(OrganisationId organisation) {
        return new OfOrganisation(organisation);
    }

    /** {@return the meeting as a whole} */
    static Party meeting() {
        return new Meeting();
    }

    /**
     * {@return a party known only by name}
     *
     * @param name the name, not null
     */
    static Party named(String name) {
        return new Named(name);
    }
}
