package io.github.townhall.ical.internal;

/** CATEGORIES: the session's format, in the chosen language. */
final class CategoriesScribe implements PropertyScribe {
    @Override
    public void write(EventContext event, ContentLineWriter out) {
        out.start("CATEGORIES")
                .param("LANGUAGE", event.language().toLanguageTag())
                .text(event.labels().format(event.session().format()));
    }
}
