package io.github.townhall.json.internal;

import io.github.townhall.json.JsonProblem;
import io.github.townhall.text.Text;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;

/**
 * Text in several languages: {@code {"original": "fr", "fr": "Budgets", "en": "Budgets"}}, the
 * original language first, then each language by its BCP 47 tag.
 */
public final class TextCodec {
    static final String WHAT = "a text";

    /**
     * Language tags already met and accepted, and their locales: parsing a tag is most of the
     * cost of reading a short text. Bounded, since tags come from the input.
     */
    private static final Map<String, Locale> LANGUAGES = new ConcurrentHashMap<>();

    private static final int MAX_CACHED_LANGUAGES = 256;

    private TextCodec() {}

    /**
     * Writes a text.
     *
     * @param g the generator
     * @param text the text
     */
    public static void write(JsonGenerator g, Text text) {
        g.writeStartObject();
        g.writeStringProperty("original", text.originalLanguage().toLanguageTag());
        for (Map.Entry<Locale, String> entry : text.values().entrySet()) {
            g.writeStringProperty(entry.getKey().toLanguageTag(), entry.getValue());
        }
        g.writeEndObject();
    }

    /**
     * Reads a text.
     *
     * @param in the cursor
     * @return the text
     */
    public static Text read(In in) {
        TokenStreamLocation start = in.beginObject(WHAT);
        String original = null;
        Map<Locale, String> values = new LinkedHashMap<>();
        String name;
        while ((name = in.nextProperty()) != null) {
            if (name.equals("original")) {
                original = in.string();
            } else {
                Locale language = language(in, name);
                if (values.put(language, in.string()) != null) {
                    throw in.fail(
                            JsonProblem.Kind.FORMAT,
                            "The language " + language.toLanguageTag() + " is given twice in a text.");
                }
            }
        }
        in.required(original, "original", WHAT, start);
        Locale originalLanguage = originalLanguage(original);
        if (!values.containsKey(originalLanguage)) {
            throw in.invalidObject(
                    start,
                    "A text whose original language is \"" + original + "\" has no \"" + original
                            + "\" property; give the text in its original language.");
        }
        return Text.of(originalLanguage, values);
    }

    private static Locale language(In in, String tag) {
        Locale known = LANGUAGES.get(tag);
        if (known != null) {
            return known;
        }
        Locale language = Locale.forLanguageTag(tag);
        if (language.toLanguageTag().equals("und") || !language.toLanguageTag().equalsIgnoreCase(tag)) {
            throw in.fail(
                    JsonProblem.Kind.FORMAT,
                    "Unknown property \"" + tag + "\" in a text: a text has \"original\" and one property per"
                            + " language, named by its BCP 47 tag such as \"fr\" or \"en-GB\".");
        }
        if (LANGUAGES.size() < MAX_CACHED_LANGUAGES) {
            LANGUAGES.putIfAbsent(tag, language);
        }
        return language;
    }

    private static Locale originalLanguage(String tag) {
        Locale known = LANGUAGES.get(tag);
        return known != null ? known : Locale.forLanguageTag(tag);
    }
}
