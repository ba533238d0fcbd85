package io.github.townhall.ical.internal;

/** Reads back what {@link SequenceScribe} writes: SEQUENCE, the revision number. */
final class SequenceReader {
    private SequenceReader() {}

    /**
     * Reads SEQUENCE.
     *
     * @param prop the property, not null
     * @return the number
     * @throws NumberFormatException if the value is no integer
     */
    static int read(ContentLine prop) {
        return Integer.parseInt(prop.value().trim());
    }
}
