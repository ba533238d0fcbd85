package io.github.townhall.ical.internal;

import io.github.townhall.place.Venue;
import java.util.Optional;

/** CONFERENCE (RFC 7986): the online link of an online or hybrid session. */
final class ConferenceScribe implements PropertyScribe {
    @Override
    public void write(EventContext event, ContentLineWriter out) {
        Optional<Venue> venue = event.session().venue();
        if (venue.isPresent() && venue.get().onlineLink().isPresent()) {
            out.start("CONFERENCE")
                    .paramToken("VALUE", "URI")
                    .paramToken("FEATURE", "AUDIO,VIDEO")
                    .raw(UriText.clean(venue.get().onlineLink().get()));
        }
    }
}
