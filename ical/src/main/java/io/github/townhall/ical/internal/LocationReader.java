package io.github.townhall.ical.internal;

/** Reads back what {@link LocationScribe} writes: LOCATION, the venue's name or an online link. */
final class LocationReader {
    private LocationReader() {}

    /**
     * Reads LOCATION.
     *
     * @param prop the property, not null
     * @return the value unescaped, not null
     */
    static String read(ContentLine prop) {
        return TextEscaper.unescapeText(prop.value());
    }
}
