package io.github.townhall.ical.internal;

import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationBuilder;
import io.github.townhall.organisation.OrganisationId;
import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * Reads back what {@link OrganizerScribe} writes: the first ORGANIZER with a name (CN) names the
 * organisation of the import, with its e-mail (a mailto address) or website (an http or https
 * address); the others are read as that same organisation.
 */
final class OrganizerReader {
    private OrganizerReader() {}

    /**
     * Reads ORGANIZER.
     *
     * @param prop the property, not null
     * @param organisation the id of the import's organisation, not null
     * @return the organisation, or null when the property has no name
     * @throws URISyntaxException if the website is no URI
     */
    static @Nullable Organisation read(ContentLine prop, OrganisationId organisation) throws URISyntaxException {
        String name = prop.param("CN");
        if (name == null || name.isBlank()) {
            return null;
        }
        OrganisationBuilder builder = Organisation.builder(organisation, name.strip());
        String address = prop.value().trim();
        if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
            builder.email(address.substring(7));
        } else if (address.regionMatches(true, 0, "http://", 0, 7)
                || address.regionMatches(true, 0, "https://", 0, 8)) {
            builder.website(new URI(address));
        }
        return builder.build();
    }
}
