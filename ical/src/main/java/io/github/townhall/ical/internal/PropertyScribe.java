package io.github.townhall.ical.internal;

/**
 * Writes one property (or a few that belong together) of a VEVENT from a session. One small
 * class per property keeps each mapping readable and testable on its own.
 */
public interface PropertyScribe {
    /**
     * Writes the property, or nothing when the session has no value for it.
     *
     * @param event the session and settings, not null
     * @param out where to write, not null
     */
    void write(EventContext event, ContentLineWriter out);
}
