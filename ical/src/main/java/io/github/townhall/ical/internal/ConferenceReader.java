package io.github.townhall.ical.internal;

import java.net.URI;
import java.net.URISyntaxException;

/** Reads back what {@link ConferenceScribe} writes: CONFERENCE, the online link. */
final class ConferenceReader {
    private ConferenceReader() {}

    /**
     * Reads CONFERENCE.
     *
     * @param prop the property, not null
     * @return the link, not null
     * @throws URISyntaxException if the value is no URI
     */
    static URI read(ContentLine prop) throws URISyntaxException {
        return new URI(prop.value().trim());
    }
}
