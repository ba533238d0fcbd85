package io.github.townhall.ical;

import io.github.townhall.session.Session;
import java.util.List;

/**
 * What {@link IcalReader#read(java.io.Reader)} found in a {@code .ics} file: one session per
 * event, in file order, and the issues met on the way.
 *
 * @param sessions the sessions, in file order, not null
 * @param issues what could not be mapped, in file order, not null
 * @since 0.1
 */
public record IcalImport(List<Session> sessions, List<ImportIssue> issues) {
    /**
     * Copies the lists.
     *
     * @param sessions the sessions, not null
     * @param issues the issues, not null
     */
    public IcalImport {
        sessions = List.copyOf(sessions);
        issues = List.copyOf(issues);
    }
}
