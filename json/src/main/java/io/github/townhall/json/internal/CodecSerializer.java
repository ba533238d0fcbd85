package io.github.townhall.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Adapts a {@link Codec} to Jackson's serializer API.
 *
 * @param <T> the type
 */
public final class CodecSerializer<T> extends ValueSerializer<T> {
    private final Codec<T> codec;

    /**
     * Creates the serializer.
     *
     * @param codec the codec
     */
    public CodecSerializer(Codec<T> codec) {
        this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext context) {
        codec.writer().accept(g, value);
    }

    @Override
    public Class<?> handledType() {
        return codec.type();
    }
}
