package io.github.townhall.ical.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One content line of an import, as read: its name in upper case, its parameters (names in upper
 * case, values without their quotes), its raw value (still escaped) and its line in the file.
 *
 * @param name the property name, upper case
 * @param params the parameters
 * @param value the raw value
 * @param line the line of the file where it starts, from 1
 */
record ContentLine(String name, Map<String, String> params, String value, int line) {
    /**
     * Returns a parameter's value.
     *
     * @param key the parameter name, upper case
     * @return the value, or null when the line has no such parameter
     */
    @Nullable
    String param(String key) {
        return params.get(key);
    }

    /**
     * Returns the first line of a name.
     *
     * @param lines the lines of one component
     * @param name the property name, upper case
     * @return the line, or null when there is none
     */
    static @Nullable ContentLine first(List<ContentLine> lines, String name) {
        for (ContentLine line : lines) {
            if (line.name().equals(name)) {
                return line;
            }
        }
        return null;
    }
}
