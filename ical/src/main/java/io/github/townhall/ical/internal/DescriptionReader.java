package io.github.townhall.ical.internal;

import io.github.townhall.text.Text;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads back what {@link DescriptionScribe} writes: DESCRIPTION, a text in its LANGUAGE, without
 * the line that gives the session's page.
 */
final class DescriptionReader {
    private DescriptionReader() {}

    /**
     * Reads DESCRIPTION.
     *
     * @param prop the property, not null
     * @param language the language of a property without LANGUAGE, not null
     * @return the text, not null
     */
    static Text read(ContentLine prop, Locale language) {
        return SummaryReader.read(prop, language);
    }

    /**
     * Removes the session page's line that our feeds write at the end of DESCRIPTION ("Page de la
     * séance : ..."), so that writing the session again does not repeat it.
     *
     * @param description the description, or null
     * @param page the session's page, not null
     * @return the description without it, or null when nothing else is left
     */
    static @Nullable Text withoutPage(@Nullable Text description, URI page) {
        if (description == null) {
            return null;
        }
        String value = description.original();
        for (Labels labels : new Labels[] {Labels.FRENCH, Labels.ENGLISH}) {
            String line = labels.page() + labels.colon() + page;
            if (value.equals(line)) {
                return null;
            }
            if (value.endsWith("\n\n" + line)) {
                return Text.of(description.originalLanguage(), value.substring(0, value.length() - line.length() - 2));
            }
        }
        return description;
    }
}
