package io.github.townhall.ical.internal;

import io.github.townhall.session.Revision;
import java.time.Instant;

/** DTSTAMP, CREATED and LAST-MODIFIED, from the revision (or the caller's clock for DTSTAMP). */
final class StampScribe implements PropertyScribe {
    @Override
    public void write(EventContext event, ContentLineWriter out) {
        Revision revision = event.session().revision();
        out.start("DTSTAMP").utc(event.stamp());
        Instant created = revision.created();
        if (created != null) {
            out.start("CREATED").utc(created);
        }
        Instant modified = revision.modified();
        if (modified != null) {
            out.start("LAST-MODIFIED").utc(modified);
        }
    }
}
