package io.github.townhall.ical.internal;

/** UID: {@code <session id>@<domain>}, stable for the life of the session. */
final class UidScribe implements PropertyScribe {
    @Override
    public void write(EventContext event, ContentLineWriter out) {
        out.start("UID").beginText();
        out.append(event.session().id().value()).append("@").append(event.domain());
        out.endText();
    }
}
