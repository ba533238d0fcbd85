package io.github.townhall.json.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The JSON names of an enum's constants: the constant's name in lower case
 * ({@code MEMBERS_ONLY} is {@code "members_only"}).
 *
 * @param <E> the enum
 */
public final class EnumNames<E extends Enum<E>> {
    private final String[] names;
    private final Map<String, E> values = new HashMap<>();
    private final String expected;

    private EnumNames(Class<E> type) {
        E[] constants = type.getEnumConstants();
        names = new String[constants.length];
        for (E constant : constants) {
            String name = constant.name().toLowerCase(Locale.ROOT);
            names[constant.ordinal()] = name;
            values.put(name, constant);
        }
        expected = Stream.of(names).collect(Collectors.joining(", "));
    }

    /**
     * Creates the names of an enum.
     *
     * @param type the enum
     * @param <E> the enum
     * @return its names
     */
    public static <E extends Enum<E>> EnumNames<E> of(Class<E> type) {
        return new EnumNames<>(type);
    }

    /**
     * Returns the JSON name of a constant.
     *
     * @param value the constant
     * @return its name
     */
    public String name(E value) {
        return names[value.ordinal()];
    }

    /**
     * Returns the constant of a JSON name.
     *
     * @param name the JSON name
     * @return the constant, or null if none has that name
     */
    public @Nullable E valueOf(String name) {
        return values.get(name);
    }

    /**
     * Returns every name, comma-separated, for messages.
     *
     * @return the names
     */
    public String expected() {
        return expected;
    }
}
