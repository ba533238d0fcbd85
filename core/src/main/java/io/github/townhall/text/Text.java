package io.github.townhall.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A text that people read, in its original language and any number of translations.
 *
 * <p>Titles, guiding questions, descriptions, purposes and roles are {@code Text}: one original
 * (French for most French associations) plus translations. Exports pick a language and say which.
 *
 * <pre>{@code
 * Text title = Text.of(Locale.FRENCH, "Budgets participatifs")
 *         .withTranslation(Locale.ENGLISH, "Participatory budgeting");
 * title.original();               // "Budgets participatifs"
 * title.in(Locale.ENGLISH);       // "Participatory budgeting"
 * title.bestFor(Locale.GERMAN);   // "Budgets participatifs" (falls back to the original)
 * }</pre>
 *
 * <p>Languages are compared by their BCP 47 language tag ({@link Locale#toLanguageTag()}). Texts
 * compare by value: the original language and every language's text, whatever the order of the
 * translations.
 *
 * @param originalLanguage the language the text was written in
 * @param values every language's text, the original first (an unmodifiable map)
 * @since 0.1
 */
public record Text(Locale originalLanguage, Map<Locale, String> values) {
    /**
     * Creates a text from its original language and a map of every language to its value; the
     * map is copied, the original first, then the translations in the map's order.
     *
     * @param originalLanguage the language of the original, which must be a key of {@code values}
     * @param values every language's text, not null
     * @throws IllegalArgumentException if the original language has no value, or two keys are the
     *     same language
     * @throws NullPointerException if a key or value is null
     */
    public Text {
        Locale original = normalise(Objects.requireNonNull(originalLanguage, "originalLanguage"));
        Map<Locale, String> copy = new LinkedHashMap<>();
        String originalValue = null;
        for (Map.Entry<Locale, String> entry :
                Objects.requireNonNull(values, "values").entrySet()) {
            Locale language = normalise(Objects.requireNonNull(entry.getKey(), "values key"));
            String value = Objects.requireNonNull(entry.getValue(), () -> "values[" + language + "]");
            if (language.equals(original)) {
                originalValue = value;
            } else if (copy.put(language, value) != null) {
                throw new IllegalArgumentException("Two values for language " + language.toLanguageTag());
            }
        }
        if (originalValue == null) {
            throw new IllegalArgumentException(
                    "No value for the original language " + original.toLanguageTag() + " in " + values.keySet());
        }
        Map<Locale, String> ordered = new LinkedHashMap<>();
        ordered.put(original, originalValue);
        ordered.putAll(copy);
        originalLanguage = original;
        values = new LanguageMap(ordered);
    }

    /**
     * Obtains a text in its original language.
     *
     * @param language the language the text was written in, not null
     * @param value the text, not null
     * @return the text, not null
     */
    public static Text of(Locale language, String value) {
        return new Text(language, Map.of(language, Objects.requireNonNull(value, "value")));
    }

    /**
     * Obtains a text written in French, the language of most records townhall was made for.
     *
     * @param value the French text, not null
     * @return the text, not null
     */
    public static Text fr(String value) {
        return of(Locale.FRENCH, value);
    }

    /**
     * Obtains a text written in English.
     *
     * @param value the English text, not null
     * @return the text, not null
     */
    public static Text en(String value) {
        return of(Locale.ENGLISH, value);
    }

    /**
     * Obtains a text from its original language and a map of every language to its value.
     *
     * @param originalLanguage the language of the original, which must be a key of {@code values}
     * @param values every language's text, in the order they should be listed, not null
     * @return the text, not null
     * @throws IllegalArgumentException if the original language has no value, or two keys are the
     *     same language
     * @throws NullPointerException if a key or value is null
     */
    public static Text of(Locale originalLanguage, Map<Locale, String> values) {
        return new Text(originalLanguage, values);
    }

    private static Locale normalise(Locale language) {
        return Locale.forLanguageTag(language.toLanguageTag());
    }

    /**
     * Returns a copy of this text with a translation added or replaced.
     *
     * @param language the translation's language, not the original's, not null
     * @param value the translated text, not null
     * @return a text with the translation, not null
     * @throws IllegalArgumentException if {@code language} is the original language
     */
    public Text withTranslation(Locale language, String value) {
        Locale key = normalise(Objects.requireNonNull(language, "language"));
        if (key.equals(originalLanguage)) {
            throw new IllegalArgumentException(
                    "Cannot translate into the original language " + key.toLanguageTag() + "; use withOriginal");
        }
        Map<Locale, String> copy = new LinkedHashMap<>(values);
        copy.put(key, Objects.requireNonNull(value, "value"));
        return new Text(originalLanguage, copy);
    }

    /**
     * Returns a copy of this text with another original value, translations kept.
     *
     * @param value the new original text, not null
     * @return a text with that original, not null
     */
    public Text withOriginal(String value) {
        Map<Locale, String> copy = new LinkedHashMap<>(values);
        copy.put(originalLanguage, Objects.requireNonNull(value, "value"));
        return new Text(originalLanguage, copy);
    }

    /** {@return the text in its original language, not null} */
    public String original() {
        return ((LanguageMap) values).first();
    }

    /**
     * Returns the text in one language, if given in that language.
     *
     * <p>A language-only request ({@code fr}) matches a regional value ({@code fr-CA}) when no
     * exact match exists.
     *
     * @param language the language wanted, not null
     * @return the text in that language, or null when it is not given in that language
     */
    public @Nullable String in(Locale language) {
        Locale match = match(language);
        return match == null ? null : values.get(match);
    }

    /**
     * Returns the text in the language wanted, or the original when there is no such translation.
     *
     * @param language the language wanted, not null
     * @return the best text for that language, not null
     */
    public String bestFor(Locale language) {
        return Objects.requireNonNull(values.get(languageFor(language)));
    }

    /**
     * {@return the language that {@link #bestFor(Locale)} picks for a request, not null}
     *
     * @param language the language wanted, not null
     */
    public Locale languageFor(Locale language) {
        Locale match = match(language);
        return match != null ? match : originalLanguage;
    }

    private @Nullable Locale match(Locale language) {
        Objects.requireNonNull(language, "language");
        if (language.equals(originalLanguage)) {
            return originalLanguage; // the usual request, answered without a lookup
        }
        if (values.containsKey(language)) {
            return language;
        }
        Locale key = normalise(language);
        if (values.containsKey(key)) {
            return key;
        }
        for (Locale candidate : values.keySet()) {
            if (candidate.getLanguage().equals(key.getLanguage())) {
                return candidate;
            }
        }
        return null;
    }

    /** {@return the translations without the original: an unmodifiable map, not null} */
    public Map<Locale, String> translations() {
        Map<Locale, String> copy = new LinkedHashMap<>(values);
        copy.remove(originalLanguage);
        return Collections.unmodifiableMap(copy);
    }

    /** {@return whether any language's text is blank, as found when the text was made: for the validators} */
    boolean anyBlank() {
        return ((LanguageMap) values).anyBlank();
    }

    /** {@return whether any language's text is multi-line, as found when the text was made: for the validators} */
    boolean anyMultiLine() {
        return ((LanguageMap) values).anyMultiLine();
    }

    /** {@return the original text, for logs and debugging, not null} */
    @Override
    public String toString() {
        return original();
    }
}
