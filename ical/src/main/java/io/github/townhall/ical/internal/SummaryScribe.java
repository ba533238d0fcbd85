package io.github.townhall.ical.internal;

import io.github.townhall.cycle.Cycle;
import io.github.townhall.session.CyclePosition;
import io.github.townhall.session.Session;
import io.github.townhall.text.Text;

/**
 * SUMMARY: the title, else the guiding question, prefixed with the ordinal in the cycle
 * ("Séance 2 : ..."); with neither, the cycle's title and the ordinal, else the organisation's
 * short name (else its name) and the format, as a title reads: "IMP'acte : réunion de travail",
 * "IMP'acte: working meeting".
 */
final class SummaryScribe implements PropertyScribe {
    @Override
    public void write(EventContext event, ContentLineWriter out) {
        Session session = event.session();
        Text label = session.label();
        CyclePosition position = session.cycle();
        Cycle cycle = event.cycle();
        String summary;
        String language = event.language().toLanguageTag();
        if (label != null) {
            language = EventContext.languageOf(label, event.language()).toLanguageTag();
            String text = event.text(label);
            summary = position != null
                    ? event.labels().session(position.ordinal())
                            + event.labels().colon()
                            + text
                    : text;
        } else if (position != null && cycle != null) {
            summary = event.text(cycle.title()) + " – " + event.labels().session(position.ordinal());
        } else {
            String shortName = event.organisation().shortName();
            String name = shortName != null && !shortName.isBlank()
                    ? shortName
                    : event.organisation().name();
            summary = name + event.labels().colon() + event.labels().formatNoun(session.format());
        }
        out.start("SUMMARY").param("LANGUAGE", language).text(summary);
    }
}
