package io.github.townhall.json.internal;

import io.github.townhall.json.JsonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Adapts a {@link Codec} to Jackson's deserializer API; our errors become Jackson's
 * {@link DatabindException} (with our {@link JsonException} as the cause) so that a mapper's users
 * see the exception type they expect.
 *
 * @param <T> the type
 */
public final class CodecDeserializer<T> extends ValueDeserializer<T> {
    private final Codec<T> codec;
    private final boolean lenient;

    /**
     * Creates the deserializer.
     *
     * @param codec the codec
     * @param lenient true to skip unknown properties
     */
    public CodecDeserializer(Codec<T> codec, boolean lenient) {
        this.codec = codec;
        this.lenient = lenient;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
        try {
            return codec.reader().apply(new In(parser, lenient));
        } catch (JsonException e) {
            throw DatabindException.from(parser, e.getMessage(), e);
        }
    }

    @Override
    public Class<?> handledType() {
        return codec.type();
    }
}
