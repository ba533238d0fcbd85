package io.github.townhall.ical.internal;

/** CONFERENCE (RFC 7986): the online link of an online or hybrid session. */
final class ConferenceScribe implements PropertyScribe {
    @Override
    public void write(EventContext event, ContentLineWriter out) {
        event.session().venue().flatMap(venue -> venue.onlineLink()).ifPresent(uri -> out.start("CONFERENCE")
                .paramToken("VALUE", "URI")
                .paramToken("FEATURE", "AUDIO,VIDEO")
                .raw(UriText.clean(uri)));
    }
}
