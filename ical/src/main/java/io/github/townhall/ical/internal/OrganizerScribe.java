package io.github.townhall.ical.internal;

import io.github.townhall.organisation.Organisation;
import java.net.URI;

/**
 * ORGANIZER, always written (RFC 5546 requires it in PUBLISH): CN is the organisation's name; the
 * address is its e-mail as a mailto URI, else its website, else a URN naming its id.
 */
final class OrganizerScribe implements PropertyScribe {
    @Override
    public void write(EventContext event, ContentLineWriter out) {
        Organisation organisation = event.organisation();
        ContentLineWriter line = out.start("ORGANIZER").param("CN", organisation.name());
        String email = organisation.email();
        if (email != null) {
            line.raw("mailto:", UriText.clean(email));
        } else {
            line.raw(address(organisation));
        }
    }

    static String address(Organisation organisation) {
        String email = organisation.email();
        if (email != null) {
            return "mailto:" + UriText.clean(email);
        }
        URI website = organisation.website();
        if (website != null) {
            return UriText.clean(website);
        }
        return "urn:townhall:organisation:" + UriText.encode(organisation.id().value());
    }
}
