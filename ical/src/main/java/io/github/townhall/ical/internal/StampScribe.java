package io.github.townhall.ical.internal;

import io.github.townhall.session.Revision;

/** DTSTAMP, CREATED and LAST-MODIFIED, from the revision (or the caller's clock for DTSTAMP). */
final class StampScribe implements PropertyScribe {
    @Override
    public void write(EventContext event, ContentLineWriter out) {
        Revision revision = event.session().revision();
        out.line("DTSTAMP", Formats.utc(event.stamp()));
        if (revision.created() != null) {
            out.line("CREATED", Formats.utc(revision.created()));
        }
        if (revision.modified() != null) {
            out.line("LAST-MODIFIED", Formats.utc(revision.modified()));
        }
    }
}
