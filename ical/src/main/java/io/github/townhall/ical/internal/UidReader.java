package io.github.townhall.ical.internal;

import java.util.List;

/** Reads back what {@link UidScribe} writes: UID, and the session id it holds. */
final class UidReader {
    private UidReader() {}

    /**
     * Returns an event's UID.
     *
     * @param props the event's properties, not null
     * @return the UID unescaped and trimmed, or empty when there is none
     */
    static String uid(List<ContentLine> props) {
        for (ContentLine prop : props) {
            if (prop.name().equals("UID")) {
                return TextEscaper.unescapeText(prop.value()).trim();
            }
        }
        return "";
    }

    /**
     * Returns the session id of an event: its UID before the last {@code @}, or {@code line-N}
     * (with an issue) when it has none.
     *
     * @param uid the UID, not null
     * @param line the line of the event
     * @param issues where issues go, not null
     * @return the id, not null
     */
    static String sessionId(String uid, int line, ImportIssues issues) {
        if (uid.isEmpty()) {
            String id = "line-" + line;
            issues.add(line, uid, "UID", "event without UID; id " + id + " given");
            return id;
        }
        int at = uid.lastIndexOf('@');
        return at > 0 ? uid.substring(0, at) : uid;
    }
}
