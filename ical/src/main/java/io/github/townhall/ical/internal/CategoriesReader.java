package io.github.townhall.ical.internal;

import io.github.townhall.session.SessionBuilder;
import io.github.townhall.session.SessionFormat;
import io.github.townhall.text.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads back what {@link CategoriesScribe} writes, for one event: the first value that names a
 * format (in French or English) gives the format, once per event; every other value is a topic,
 * in the property's LANGUAGE, once, up to {@link ImportLimits#MAX_TOPICS} (one issue tells what is
 * left out).
 */
final class CategoriesReader {
    private final Locale language;
    private final Set<Text> topics = new LinkedHashSet<>();
    private boolean formatMapped;
    private boolean cut;

    /**
     * Starts an event.
     *
     * @param language the language of a property without LANGUAGE, not null
     */
    CategoriesReader(Locale language) {
        this.language = language;
    }

    /**
     * Reads one CATEGORIES property.
     *
     * @param prop the property, not null
     * @param uid the event's UID, not null
     * @param builder receives the format, not null
     * @param issues where issues go, not null
     */
    void read(ContentLine prop, String uid, SessionBuilder builder, ImportIssues issues) {
        Locale locale = SummaryReader.language(prop, language);
        for (String raw : splitList(prop.value())) {
            String category = TextEscaper.unescapeText(raw).trim();
            if (category.isEmpty()) {
                continue;
            }
            SessionFormat format = formatMapped ? null : Labels.formatOf(category);
            if (format != null) {
                builder.format(format);
                formatMapped = true;
            } else if (topics.size() < ImportLimits.MAX_TOPICS) {
                topics.add(Text.of(locale, category));
            } else {
                if (!cut) {
                    cut = true;
                    int end = Character.isHighSurrogate(category.charAt(Math.min(39, category.length() - 1))) ? 39 : 40;
                    String shown = category.length() > 40 ? category.substring(0, end) + "…" : category;
                    issues.add(
                            prop.line(),
                            uid,
                            prop.name(),
                            "more than " + ImportLimits.MAX_TOPICS + " categories in one event: '" + shown
                                    + "' and the categories after it not imported");
                }
                return;
            }
        }
    }

    /**
     * Returns the topics read.
     *
     * @return them, in the order read, not null
     */
    List<Text> topics() {
        return List.copyOf(topics);
    }

    /** Splits a list of TEXT values at its unescaped commas, leaving the escapes in place. */
    static List<String> splitList(String value) {
        List<String> values = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ',') {
                values.add(value.substring(start, i));
                start = i + 1;
            }
        }
        values.add(value.substring(start));
        return values;
    }
}
