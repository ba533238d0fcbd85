package io.github.townhall.json.internal;

import io.github.townhall.text.Text;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/** Writing helpers: absent values and empty lists are left out. */
public final class Out {
    private Out() {}

    /**
     * Writes a string property unless the value is null.
     *
     * @param g the generator
     * @param name the property
     * @param value the value, or null
     */
    public static void string(JsonGenerator g, String name, @Nullable Object value) {
        if (value != null) {
            g.writeStringProperty(name, value.toString());
        }
    }

    /**
     * Writes an integer property unless the value is null.
     *
     * @param g the generator
     * @param name the property
     * @param value the value, or null
     */
    public static void integer(JsonGenerator g, String name, @Nullable Integer value) {
        if (value != null) {
            g.writeNumberProperty(name, value.intValue());
        }
    }

    /**
     * Writes a text property unless the value is null.
     *
     * @param g the generator
     * @param name the property
     * @param value the value, or null
     */
    public static void text(JsonGenerator g, String name, @Nullable Text value) {
        if (value != null) {
            g.writeName(name);
            TextCodec.write(g, value);
        }
    }

    /**
     * Writes an object property unless the value is null.
     *
     * @param g the generator
     * @param name the property
     * @param value the value, or null
     * @param writer writes the value
     * @param <T> the value's type
     */
    public static <T> void object(
            JsonGenerator g, String name, @Nullable T value, BiConsumer<JsonGenerator, T> writer) {
        if (value != null) {
            g.writeName(name);
            writer.accept(g, value);
        }
    }

    /**
     * Writes an array property unless the list is empty.
     *
     * @param g the generator
     * @param name the property
     * @param values the values
     * @param writer writes one value
     * @param <T> the element type
     */
    public static <T> void list(JsonGenerator g, String name, List<T> values, BiConsumer<JsonGenerator, T> writer) {
        if (!values.isEmpty()) {
            g.writeName(name);
            g.writeStartArray();
            for (T value : values) {
                writer.accept(g, value);
            }
            g.writeEndArray();
        }
    }

    /**
     * Writes an array of texts unless the list is empty.
     *
     * @param g the generator
     * @param name the property
     * @param values the texts
     */
    public static void texts(JsonGenerator g, String name, List<Text> values) {
        list(g, name, values, TextCodec::write);
    }

    /**
     * Writes an array of strings unless the list is empty.
     *
     * @param g the generator
     * @param name the property
     * @param values the strings
     */
    public static void strings(JsonGenerator g, String name, List<String> values) {
        list(g, name, values, JsonGenerator::writeString);
    }
}
