package io.github.townhall.ical.internal;

import io.github.townhall.organisation.Organisation;

/**
 * ORGANIZER, always written (RFC 5546 requires it in PUBLISH): CN is the organisation's name; the
 * address is its e-mail as a mailto URI, else its website, else a URN naming its id.
 */
final class OrganizerScribe implements PropertyScribe {
    @Override
    public void write(EventContext event, ContentLineWriter out) {
        Organisation organisation = event.organisation();
        out.start("ORGANIZER").param("CN", organisation.name()).raw(address(organisation));
    }

    static String address(Organisation organisation) {
        if (organisation.email().isPresent()) {
            return "mailto:" + UriText.clean(organisation.email().get());
        }
        if (organisation.website().isPresent()) {
            return UriText.clean(organisation.website().get());
        }
        return "urn:townhall:organisation:" + UriText.encode(organisation.id().value());
    }
}
