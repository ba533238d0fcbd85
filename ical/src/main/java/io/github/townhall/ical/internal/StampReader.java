package io.github.townhall.ical.internal;

import java.time.Instant;
import java.time.ZoneOffset;

/** Reads back what {@link StampScribe} writes: CREATED and LAST-MODIFIED, instants in UTC. */
final class StampReader {
    private StampReader() {}

    /**
     * Reads CREATED or LAST-MODIFIED (a time without Z is read as UTC too).
     *
     * @param prop the property, not null
     * @return the instant, not null
     * @throws java.time.DateTimeException if the value is no date-time
     */
    static Instant read(ContentLine prop) {
        String value = prop.value().trim();
        String local = value.endsWith("Z") ? value.substring(0, value.length() - 1) : value;
        return Formats.parseLocal(local).toInstant(ZoneOffset.UTC);
    }
}
