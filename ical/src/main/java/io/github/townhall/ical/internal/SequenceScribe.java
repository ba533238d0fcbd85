package io.github.townhall.ical.internal;

/** SEQUENCE: the session's revision number, so that calendars take every change. */
final class SequenceScribe implements PropertyScribe {
    @Override
    public void write(EventContext event, ContentLineWriter out) {
        out.start("SEQUENCE").number(Math.max(0, event.session().revision().number()));
    }
}
