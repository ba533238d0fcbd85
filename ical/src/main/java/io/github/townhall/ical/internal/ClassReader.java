package io.github.townhall.ical.internal;

import io.github.townhall.session.Visibility;

/** Reads CLASS, which no scribe writes: who may see a session of another calendar. */
final class ClassReader {
    private ClassReader() {}

    /**
     * Reads CLASS: PUBLIC is public, anything else for members only.
     *
     * @param prop the property, not null
     * @return the visibility, not null
     */
    static Visibility read(ContentLine prop) {
        return prop.value().trim().equalsIgnoreCase("PUBLIC") ? Visibility.PUBLIC : Visibility.MEMBERS_ONLY;
    }
}
