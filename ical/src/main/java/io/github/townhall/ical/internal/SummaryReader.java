package io.github.townhall.ical.internal;

import io.github.townhall.text.Text;
import java.util.Locale;

/** Reads back what {@link SummaryScribe} writes: SUMMARY, a text in its LANGUAGE. */
final class SummaryReader {
    private SummaryReader() {}

    /**
     * Reads a TEXT value in the property's LANGUAGE (SUMMARY, DESCRIPTION).
     *
     * @param prop the property, not null
     * @param language the language of a property without LANGUAGE, not null
     * @return the text, not null
     */
    static Text read(ContentLine prop, Locale language) {
        return Text.of(language(prop, language), TextEscaper.unescapeText(prop.value()));
    }

    /**
     * Returns the language of a property: its LANGUAGE, else the import's.
     *
     * @param prop the property, not null
     * @param language the import's language, not null
     * @return the language, not null
     */
    static Locale language(ContentLine prop, Locale language) {
        String tag = prop.param("LANGUAGE");
        return tag == null || tag.isBlank() ? language : Locale.forLanguageTag(tag);
    }
}
