package io.github.townhall.ical.internal;

import io.github.townhall.session.CyclePosition;
import io.github.townhall.session.Session;
import io.github.townhall.text.Text;
import java.util.Optional;

/**
 * SUMMARY: the title, else the guiding question, prefixed with the ordinal in the cycle
 * ("Séance 2 : ..."); with neither, the cycle's title or the format.
 */
final class SummaryScribe implements PropertyScribe {
    @Override
    public void write(EventContext event, ContentLineWriter out) {
        Session session = event.session();
        Optional<Text> label = session.label();
        Optional<CyclePosition> position = session.cycle();
        String summary;
        String language = event.language().toLanguageTag();
        if (label.isPresent()) {
            language = EventContext.languageOf(label.get(), event.language()).toLanguageTag();
            String text = event.text(label.get());
            summary = position.isPresent()
                    ? event.labels().session(position.get().ordinal())
                            + event.labels().colon()
                            + text
                    : text;
        } else if (position.isPresent() && event.cycle() != null) {
            summary = event.text(event.cycle().title()) + " – "
                    + event.labels().session(position.get().ordinal());
        } else {
            summary = event.labels().format(session.format()) + " – "
                    + event.organisation().name();
        }
        out.start("SUMMARY").param("LANGUAGE", language).text(summary);
    }
}
