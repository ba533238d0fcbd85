package io.github.townhall.session;

import io.github.townhall.id.Identifier;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.people.Person;
import jakarta.validation.Valid;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person who takes part in a session in a given role (intervenant, modérateur, grand témoin).
 *
 * @param person who, not null
 * @param role the part they play in this session, not null
 * @param organisation the organisation they speak for, an entry of the archive's directory (written
 *     once there, with its mission), or null; {@link Person#affiliation()} names one that is not in
 *     the directory
 * @since 0.1
 */
public record Speaker(
        @Valid Person person,
        SpeakerRole role,
        @Identifier @Nullable OrganisationId organisation) {
    /**
     * Creates a speaker.
     *
     * @param person who, not null
     * @param role the role, not null
     * @param organisation the organisation they speak for, an entry of the archive's directory, or
     *     null
     */
    public Speaker {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
    }

    /**
     * Obtains a speaker in the {@link SpeakerRole#SPEAKER} role.
     *
     * @param person who, not null
     * @return the speaker, not null
     */
    public static Speaker of(Person person) {
        return new Speaker(person, SpeakerRole.SPEAKER, null);
    }

    /**
     * Obtains a speaker in a role.
     *
     * @param person who, not null
     * @param role the role, not null
     * @return the speaker, not null
     */
    public static Speaker of(Person person, SpeakerRole role) {
        return new Speaker(person, role, null);
    }
}
