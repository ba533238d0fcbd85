package io.github.townhall.ical.internal;

import io.github.townhall.session.SessionFormat;
import io.github.townhall.text.Text;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CATEGORIES: the session's format in the chosen language, then its topics (each in the chosen
 * language when translated, else in its own). Values in one language share a line, with that
 * LANGUAGE; a topic in another language goes on a CATEGORIES line of its own language. The
 * format {@link SessionFormat#OTHER} is not written ("Autre" says nothing), unless a topic reads
 * as a format's label: then it is written first, so that an import takes the format from it and
 * the topic stays a topic. Nothing is written when there is neither format nor topic.
 */
final class CategoriesScribe implements PropertyScribe {
    @Override
    public void write(EventContext event, ContentLineWriter out) {
        SessionFormat format = event.session().format();
        List<Text> topics = event.session().topics();
        if (topics.isEmpty()) {
            if (format != SessionFormat.OTHER) {
                // one value, a label of ours: never empty once normalised
                out.start("CATEGORIES")
                        .language(event.language())
                        .text(event.labels().format(format));
            }
            return;
        }
        Map<Locale, Set<String>> byLanguage = new LinkedHashMap<>();
        boolean formatLike = false;
        for (Text topic : topics) {
            formatLike |= Labels.formatOf(TextEscaper.normalise(event.text(topic))) != null;
        }
        if (format != SessionFormat.OTHER || formatLike) {
            add(event.language(), event.labels().format(format), byLanguage);
        }
        for (Text topic : topics) {
            add(EventContext.languageOf(topic, event.language()), event.text(topic), byLanguage);
        }
        for (Map.Entry<Locale, Set<String>> line : byLanguage.entrySet()) {
            out.start("CATEGORIES").language(line.getKey()).texts(line.getValue());
        }
    }

    /** Adds a value to its language's line, once, unless it is empty once normalised. */
    private static void add(Locale language, String value, Map<Locale, Set<String>> byLanguage) {
        String normalised = TextEscaper.normalise(value);
        if (!normalised.isEmpty()) {
            byLanguage.computeIfAbsent(language, key -> new LinkedHashSet<>()).add(normalised);
        }
    }
}
