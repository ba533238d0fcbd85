package io.github.townhall.ical.internal;

import java.net.URI;
import java.net.URISyntaxException;

/** Reads back what {@link UrlScribe} writes: URL, and X-TOWNHALL-PAGE when it is the session's page. */
final class UrlReader {
    private UrlReader() {}

    /**
     * Reads URL or X-TOWNHALL-PAGE.
     *
     * @param prop the property, not null
     * @return the address, not null
     * @throws URISyntaxException if the value is no URI
     */
    static URI read(ContentLine prop) throws URISyntaxException {
        return new URI(prop.value().trim());
    }
}
