package io.github.townhall.ical.internal;

import io.github.townhall.session.SessionStatus;
import java.util.Locale;

/** Reads back what {@link StatusScribe} writes: STATUS, and X-TOWNHALL-STATUS where STATUS cannot say. */
final class StatusReader {
    private StatusReader() {}

    /**
     * Reads STATUS; an unknown value is scheduled, with an issue.
     *
     * @param prop the property, not null
     * @param uid the event's UID, not null
     * @param issues where issues go, not null
     * @return the status, not null
     */
    static SessionStatus status(ContentLine prop, String uid, ImportIssues issues) {
        SessionStatus status = StatusScribe.read(prop.value().trim().toUpperCase(Locale.ROOT));
        if (status == null) {
            issues.add(prop.line(), uid, "STATUS", "unknown status '" + prop.value() + "' read as scheduled");
            return SessionStatus.SCHEDULED;
        }
        return status;
    }

    /**
     * Reads X-TOWNHALL-STATUS: the status our feeds write where STATUS alone reads as another;
     * kept when STATUS, as we write it, agrees (a calendar that changed STATUS since is believed).
     *
     * @param prop the property, not null
     * @param status what STATUS reads as, not null
     * @param tentativePeriod whether the session is dated by a tentative period
     * @param uid the event's UID, not null
     * @param issues where issues go, not null
     * @return the status, not null
     */
    static SessionStatus lifecycle(
            ContentLine prop, SessionStatus status, boolean tentativePeriod, String uid, ImportIssues issues) {
        SessionStatus lifecycle;
        try {
            lifecycle = SessionStatus.valueOf(prop.value().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            issues.add(prop.line(), uid, prop.name(), "unknown status '" + prop.value() + "' not imported");
            return status;
        }
        if (StatusScribe.read(StatusScribe.status(lifecycle, tentativePeriod)) == status) {
            return lifecycle;
        }
        issues.add(
                prop.line(),
                uid,
                prop.name(),
                prop.value().trim() + " contradicts STATUS; read as "
                        + status.name().toLowerCase(Locale.ROOT));
        return status;
    }
}
