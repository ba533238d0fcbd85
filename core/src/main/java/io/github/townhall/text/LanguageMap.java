package io.github.townhall.text;

import io.github.townhall.internal.Strings;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The languages of a {@link Text} and their values, in order, the original first: an unmodifiable
 * map over the original, kept in fields, and two arrays of the translations, so that reading one
 * language or checking all of them allocates nothing. A text has a few languages, so a lookup
 * compares them in turn. Most texts have only their original: they share empty arrays, and
 * reading or checking them reads no array at all.
 */
final class LanguageMap extends AbstractMap<Locale, String> {
    private static final Locale[] NO_LANGUAGES = {};
    private static final String[] NO_VALUES = {};

    private final Locale originalLanguage;
    private final String original;
    private final Locale[] languages;
    private final String[] values;
    private final int size;
    /** Whether the original or a translation is blank: found once, read by {@link NotBlankText}. */
    private final boolean anyBlank;
    /** Whether one holds a line break or control character: found once, read by {@link SingleLine}. */
    private final boolean anyMultiLine;

    /** Takes the entries of an ordered map, the original first; the map is not kept. */
    LanguageMap(Map<Locale, String> ordered) {
        Iterator<Entry<Locale, String>> entries = ordered.entrySet().iterator();
        Entry<Locale, String> first = entries.next();
        originalLanguage = first.getKey();
        original = first.getValue();
        size = ordered.size();
        if (size == 1) {
            languages = NO_LANGUAGES;
            values = NO_VALUES;
        } else {
            languages = new Locale[size - 1];
            values = new String[size - 1];
            for (int i = 0; entries.hasNext(); i++) {
                Entry<Locale, String> translation = entries.next();
                languages[i] = translation.getKey();
                values[i] = translation.getValue();
            }
        }
        boolean blank = original.isBlank();
        boolean multiLine = Strings.isMultiLine(original);
        for (String value : values) {
            blank |= value.isBlank();
            multiLine |= Strings.isMultiLine(value);
        }
        anyBlank = blank;
        anyMultiLine = multiLine;
    }

    /** {@return the original text: the first value} */
    String first() {
        return original;
    }

    /** {@return whether the original or a translation is blank ({@link String#isBlank})} */
    boolean anyBlank() {
        return anyBlank;
    }

    /** {@return whether the original or a translation is multi-line ({@link Strings#isMultiLine})} */
    boolean anyMultiLine() {
        return anyMultiLine;
    }

    private Locale language(int index) {
        return index == 0 ? originalLanguage : languages[index - 1];
    }

    private String value(int index) {
        return index == 0 ? original : values[index - 1];
    }

    private int indexOf(@Nullable Object language) {
        for (int i = 0; i < size; i++) {
            if (language(i).equals(language)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public @Nullable String get(@Nullable Object key) {
        int index = indexOf(key);
        return index < 0 ? null : value(index);
    }

    @Override
    public void forEach(BiConsumer<? super Locale, ? super String> action) {
        for (int i = 0; i < size; i++) {
            action.accept(language(i), value(i));
        }
    }

    @Override
    public Set<Entry<Locale, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<Locale, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<Locale, String> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        Entry<Locale, String> entry = Map.entry(language(next), value(next));
                        next++;
                        return entry;
                    }
                };
            }
        };
    }
}
