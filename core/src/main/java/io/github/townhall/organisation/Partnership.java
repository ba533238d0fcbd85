package io.github.townhall.organisation;

import io.github.townhall.id.Identifier;
import java.util.Objects;

/**
 * Another organisation's part in a session or cycle: a reference to an entry of the archive's
 * directory with its role.
 *
 * @param organisation the organisation's id, an entry of the archive's directory
 * @param role what it does
 * @since 0.1
 */
public record Partnership(@Identifier OrganisationId organisation, PartnerRole role) {
    /**
     * Creates a partnership.
     *
     * @param organisation the organisation's id, an entry of the archive's directory
     * @param role what it does
     * @throws NullPointerException if an argument is null
     */
    public Partnership {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(role, "role");
    }

    /**
     * Obtains a partnership.
     *
     * @param organisation the organisation's id, not null
     * @param role what it does, not null
     * @return the partnership, not null
     */
    public static Partnership of(OrganisationId organisation, PartnerRole role) {
        return new Partnership(organisation, role);
    }
}
