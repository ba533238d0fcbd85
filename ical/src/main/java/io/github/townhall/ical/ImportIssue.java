package io.github.townhall.ical;

import java.util.Objects;

/**
 * Something in a {@code .ics} file that the import could not map onto a session, or mapped with
 * an assumption: an unknown property, occurrences beyond a limit, a time zone read as an offset.
 * Nothing is dropped without an issue.
 *
 * @param line the line of the file (counted from 1) where the property or component starts
 * @param uid the UID of the event it belongs to, or an empty string outside events
 * @param property the property or component name ({@code RRULE}, {@code VALARM})
 * @param message what was not mapped and what was done instead, not null
 * @since 0.1
 */
public record ImportIssue(int line, String uid, String property, String message) {
    /**
     * Checks the components.
     *
     * @param line the line, from 1
     * @param uid the UID or an empty string, not null
     * @param property the property or component name, not null
     * @param message the explanation, not null
     */
    public ImportIssue {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return "line " + line + (uid.isEmpty() ? "" : " (" + uid + ")") + ", " + property + ": " + message;
    }
}
