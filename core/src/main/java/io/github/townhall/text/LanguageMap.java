package io.github.townhall.text;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The languages of a {@link Text} and their values, in order, the original first: an unmodifiable
 * map over two arrays, so that reading one language or checking all of them allocates nothing. A
 * text has a few languages, so a lookup compares them in turn. The original and the number of
 * languages are also kept in fields: most texts have only their original, and reading it (or
 * checking every language of such a text) then reads neither array.
 */
final class LanguageMap extends AbstractMap<Locale, String> {
    private final Locale[] languages;
    private final String[] values;
    private final String original;
    private final int size;

    /** Takes the entries of an ordered map, the original first; the map is not kept. */
    LanguageMap(Map<Locale, String> ordered) {
        languages = ordered.keySet().toArray(new Locale[0]);
        values = ordered.values().toArray(new String[0]);
        original = values[0];
        size = values.length;
    }

    /** {@return the original text: the first value} */
    String first() {
        return original;
    }

    /** Tells whether any language's value passes a test, the original first. */
    boolean anyMatch(Predicate<String> test) {
        if (test.test(original)) {
            return true;
        }
        for (int i = 1; i < size; i++) {
            if (test.test(values[i])) {
                return true;
            }
        }
        return false;
    }

    private int indexOf(@Nullable Object language) {
        for (int i = 0; i < languages.length; i++) {
            if (languages[i].equals(language)) {
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
        return index < 0 ? null : values[index];
    }

    @Override
    public void forEach(BiConsumer<? super Locale, ? super String> action) {
        for (int i = 0; i < languages.length; i++) {
            action.accept(languages[i], values[i]);
        }
    }

    @Override
    public Set<Entry<Locale, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return languages.length;
            }

            @Override
            public Iterator<Entry<Locale, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < languages.length;
                    }

                    @Override
                    public Entry<Locale, String> next() {
                        if (next >= languages.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<Locale, String> entry = Map.entry(languages[next], values[next]);
                        next++;
                        return entry;
                    }
                };
            }
        };
    }
}
