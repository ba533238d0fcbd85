package io.github.townhall.json.internal;

import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/**
 * How one type is written and read.
 *
 * @param type the type
 * @param writer writes a value
 * @param reader reads a value, with the parser on its first token
 * @param <T> the type
 */
public record Codec<T>(Class<T> type, BiConsumer<JsonGenerator, T> writer, Function<In, T> reader) {}
