package io.github.townhall.ical.internal;

/** UID: {@code <session id>@<domain>}, stable for the life of the session. */
final class UidScribe implements PropertyScribe {
    @Override
    public void write(EventContext event, ContentLineWriter out) {
        out.textLine("UID", event.session().id().value() + "@" + event.domain());
    }
}
