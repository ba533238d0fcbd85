package io.github.townhall.json;

import io.github.townhall.json.internal.Codec;
import io.github.townhall.json.internal.CodecDeserializer;
import io.github.townhall.json.internal.CodecSerializer;
import io.github.townhall.json.internal.Codecs;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module for townhall's JSON format: serializers and deserializers for every record
 * of the model, writing and reading exactly what {@link TownhallJson} does.
 *
 * <p>Found by {@code JsonMapper.builder().findAndAddModules()} through the service loader, or
 * added by hand:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new TownhallJacksonModule()).build();
 * String json = mapper.writeValueAsString(session);
 * Session again = mapper.readValue(json, Session.class);
 * }</pre>
 *
 * <p>Reading is strict (an unknown property is an error) unless the module is made with
 * {@link #lenient()}. Errors reach the mapper's caller as Jackson's {@code DatabindException}
 * whose cause is our {@link JsonException}. Duplicate keys and size limits belong to the parser:
 * enable {@code StreamReadFeature.STRICT_DUPLICATE_DETECTION} and set {@code StreamReadConstraints}
 * on your mapper's factory, or use {@link TownhallJson}, which does both. No polymorphic typing is
 * involved: every "one of" type carries its own discriminator property.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TownhallJacksonModule extends JacksonModule {
    private final boolean lenient;

    /** Creates the module, reading strictly; the service loader uses this constructor. */
    public TownhallJacksonModule() {
        this(false);
    }

    private TownhallJacksonModule(boolean lenient) {
        this.lenient = lenient;
    }

    /**
     * Returns a module that skips unknown properties instead of failing, and takes a null value as
     * an absent one.
     *
     * @return a lenient module, not null
     */
    public static TownhallJacksonModule lenient() {
        return new TownhallJacksonModule(true);
    }

    /**
     * Returns the module's name.
     *
     * @return {@code "townhall"}
     */
    @Override
    public String getModuleName() {
        return "townhall";
    }

    /**
     * Returns the module's version: unknown, as the jar carries it.
     *
     * @return the version, not null
     */
    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    /**
     * Registers the serializers and deserializers.
     *
     * @param context the mapper's setup context, not null
     */
    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        SimpleDeserializers deserializers = new SimpleDeserializers();
        for (Codec<?> codec : Codecs.ALL) {
            register(codec, serializers, deserializers);
        }
        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
    }

    private <T> void register(Codec<T> codec, SimpleSerializers serializers, SimpleDeserializers deserializers) {
        serializers.addSerializer(codec.type(), new CodecSerializer<>(codec));
        deserializers.addDeserializer(codec.type(), new CodecDeserializer<>(codec, lenient));
    }
}
