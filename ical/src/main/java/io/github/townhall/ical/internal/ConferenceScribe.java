package io.github.townhall.ical.internal;

import io.github.townhall.place.Venue;
import java.net.URI;

/** CONFERENCE (RFC 7986): the online link of an online or hybrid session. */
final class ConferenceScribe implements PropertyScribe {
    @Override
    public void write(EventContext event, ContentLineWriter out) {
        Venue venue = event.session().venue();
        URI online = venue != null ? venue.onlineLink() : null;
        if (online != null) {
            out.start("CONFERENCE")
                    .paramToken("VALUE", "URI")
                    .paramToken("FEATURE", "AUDIO,VIDEO")
                    .raw(UriText.clean(online));
        }
    }
}
