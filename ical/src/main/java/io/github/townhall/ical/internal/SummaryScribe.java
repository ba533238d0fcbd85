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
        Labels labels = event.labels();
        out.start("SUMMARY")
                .language(label != null ? EventContext.languageOf(label, event.language()) : event.language())
                .beginText();
        if (label != null) {
            if (position != null) {
                out.append(labels.session(position.ordinal())).append(labels.colon());
            }
            out.append(event.text(label));
        } else if (position != null && cycle != null) {
            out.append(event.text(cycle.title())).append(" – ").append(labels.session(position.ordinal()));
        } else {
            String shortName = event.organisation().shortName();
            String name = shortName != null && !shortName.isBlank()
                    ? shortName
                    : event.organisation().name();
            out.append(name).append(labels.colon()).append(labels.formatNoun(session.format()));
        }
        out.endText();
    }
}
