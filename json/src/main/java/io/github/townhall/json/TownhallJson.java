package io.github.townhall.json;

import io.github.townhall.announcement.Announcement;
import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.json.internal.ArchiveCodec;
import io.github.townhall.json.internal.Codec;
import io.github.townhall.json.internal.Codecs;
import io.github.townhall.json.internal.Found;
import io.github.townhall.json.internal.In;
import io.github.townhall.json.internal.Locations;
import io.github.townhall.json.internal.Paths;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.session.Session;
import io.github.townhall.validation.RecordValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes townhall records as JSON: writes the format {@value #FORMAT}, reads it and
 * {@value #FORMAT_1}.
 *
 * <pre>{@code
 * TownhallJson json = TownhallJson.defaults();
 * String text = json.write(archive);                       // a whole document
 * Archive again = json.readArchive(text);                  // equal to archive
 * JsonReadResult<Archive> checked = json.readAndValidate(text, Archive.class);
 * checked.problems().forEach(System.err::println);         // "... (at /sessions/2/schedule, line 40, column 7)"
 * }</pre>
 *
 * <p>A <em>document</em> is an {@link Archive} with a {@code "format"} property naming the version;
 * the other records ({@code Organisation}, {@code Cycle}, {@code Session} and every part of them)
 * are written and read on their own as <em>fragments</em>: the same objects without the version,
 * for embedding in other JSON. The format is described in {@code docs/json-format.md} and by the
 * JSON Schema that {@link #schema()} returns.
 *
 * <p>Reading is strict by default: an unknown property, a null value, a duplicate key, a missing
 * required property, a value of the wrong type, an unknown enum value, an unknown format version
 * all fail with a {@link JsonException} saying where (JSON Pointer, line, column) and why; reading
 * stops at the first such problem. Size limits guard against hostile input (see {@link Builder}).
 * Writing is deterministic: the same record gives the same bytes, properties in a fixed order,
 * absent values and empty lists left out, indented by two spaces with a final newline.
 *
 * <p>For publication, {@link Builder#forPublication(boolean)} leaves personal data out of what is
 * written ({@link Archive#withoutPersonalData()}), and a document says so with
 * {@code "redacted": true}.
 *
 * <p>This class is immutable and thread-safe; build one and share it.
 *
 * @since 0.1
 */
public final class TownhallJson {
    /**
     * The format version written: {@code "townhall/1.1"}. Documents of this version and of
     * {@link #FORMAT_1} are read (and of a later {@code townhall/1.x}, as this version).
     */
    public static final String FORMAT = ArchiveCodec.FORMAT;

    /**
     * The first version of the format, {@code "townhall/1"}, still read: an action item's owner that
     * is a string is read as a party known by that name, and a next session that repeats the
     * schedule and venue of a session of the same document is read without them.
     *
     * @since 0.1
     */
    public static final String FORMAT_1 = ArchiveCodec.FORMAT_1;

    /** Default maximum nesting depth of objects and arrays. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 100;

    /** Default maximum length of one string value, in characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

    /** Default maximum length of a document, in characters or bytes. */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 50_000_000L;

    private static final String SCHEMA_RESOURCE = "townhall-1.1.schema.json";
    private static final String SCHEMA_1_RESOURCE = "townhall-1.schema.json";
    private static final TownhallJson DEFAULTS = builder().build();
    private static final Map<Class<?>, Codec<?>> CODECS = new HashMap<>();

    static {
        for (Codec<?> codec : Codecs.ALL) {
            CODECS.put(codec.type(), codec);
        }
    }

    private final boolean lenient;
    private final boolean indent;
    private final boolean forPublication;
    private final long maxDocumentLength;
    private final JsonMapper mapper;
    private final ObjectWriter writer;
    private final @Nullable RecordValidator validator;
    private volatile @Nullable RecordValidator defaultValidator;

    private TownhallJson(Builder builder) {
        this.lenient = builder.lenient;
        this.indent = builder.indent;
        this.forPublication = builder.forPublication;
        this.maxDocumentLength = builder.maxDocumentLength;
        this.validator = builder.validator;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(builder.maxNestingDepth)
                        .maxStringLength(builder.maxStringLength)
                        .maxDocumentLength(builder.maxDocumentLength)
                        .maxNameLength(1_000)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET) // the caller's writer or stream stays open
                .build();
        this.mapper = JsonMapper.builder(factory).build();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        this.writer = indent ? mapper.writer().with(printer) : mapper.writer();
    }

    /**
     * Returns the default instance: strict reading, indented output, default limits.
     *
     * @return the shared default instance, not null
     */
    public static TownhallJson defaults() {
        return DEFAULTS;
    }

    /**
     * Starts building an instance with other options.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of format {@value #FORMAT}, as shipped in this jar
     * (resource {@code io/github/townhall/json/townhall-1.1.schema.json}).
     *
     * @return the schema's text, not null
     */
    public static String schema() {
        return resource(SCHEMA_RESOURCE);
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of a format version this library reads:
     * {@value #FORMAT} or {@value #FORMAT_1} (resource
     * {@code io/github/townhall/json/townhall-1.schema.json}, unchanged since that version).
     *
     * @param format the format version, {@value #FORMAT} or {@value #FORMAT_1}, not null
     * @return the schema's text, not null
     * @throws IllegalArgumentException if the version is neither
     * @since 0.1
     */
    public static String schema(String format) {
        Objects.requireNonNull(format, "format");
        if (format.equals(FORMAT)) {
            return resource(SCHEMA_RESOURCE);
        }
        if (format.equals(FORMAT_1)) {
            return resource(SCHEMA_1_RESOURCE);
        }
        throw new IllegalArgumentException("No JSON Schema for \"" + format + "\"; there is one for \"" + FORMAT_1
                + "\" and one for \"" + FORMAT + "\"");
    }

    private static String resource(String name) {
        try (InputStream in = TownhallJson.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The JSON Schema " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ writing

    /**
     * Writes a record as JSON text: an {@link Archive} as a document, any other record of the
     * model ({@code Organisation}, {@code Cycle}, {@code Session}, ...) as a fragment.
     *
     * @param record the record, not null
     * @return the JSON text, ending with a newline when indented
     * @throws IllegalArgumentException if the record's type is not part of the format, or, when
     *     {@linkplain Builder#forPublication(boolean) writing for publication}, not one that can be
     *     published alone
     */
    public String write(Object record) {
        StringWriter out = new StringWriter();
        write(record, out);
        return out.toString();
    }

    /**
     * Writes a record as JSON text to a writer, which is flushed and not closed.
     *
     * @param record the record, not null
     * @param out where to write, not null
     * @throws IllegalArgumentException if the record's type is not part of the format, or, when
     *     {@linkplain Builder#forPublication(boolean) writing for publication}, not one that can be
     *     published alone
     * @throws JsonException if the writer fails
     */
    public void write(Object record, Writer out) {
        Objects.requireNonNull(out, "out");
        Codec<Object> codec = codecOf(record);
        Object written = forPublication ? publishable(record) : record;
        try (JsonGenerator generator = writer.createGenerator(out)) {
            generate(codec, written, generator);
        } catch (JacksonException e) {
            throw writeFailure(e);
        }
    }

    /**
     * Writes a record as JSON text in UTF-8 to a stream, which is flushed and not closed.
     *
     * @param record the record, not null
     * @param out where to write, not null
     * @throws IllegalArgumentException if the record's type is not part of the format, or, when
     *     {@linkplain Builder#forPublication(boolean) writing for publication}, not one that can be
     *     published alone
     * @throws JsonException if the stream fails
     */
    public void write(Object record, OutputStream out) {
        Objects.requireNonNull(out, "out");
        Codec<Object> codec = codecOf(record);
        Object written = forPublication ? publishable(record) : record;
        try (JsonGenerator generator = writer.createGenerator(out)) {
            generate(codec, written, generator);
        } catch (JacksonException e) {
            throw writeFailure(e);
        }
    }

    private void generate(Codec<Object> codec, Object record, JsonGenerator generator) {
        if (forPublication && record instanceof Archive archive) {
            ArchiveCodec.write(generator, archive, true);
        } else {
            codec.writer().accept(generator, record);
        }
        if (indent) {
            generator.writeRaw('\n');
        }
    }

    /**
     * Returns a record without personal data: an archive as {@link Archive#withoutPersonalData()}
     * gives it; an organisation or a session as it stands in such an archive; a cycle or an
     * announcement, which hold none, as it is.
     */
    private static Object publishable(Object record) {
        if (record instanceof Archive archive) {
            return archive.withoutPersonalData();
        }
        if (record instanceof Organisation organisation) {
            return Archive.builder(organisation).build().withoutPersonalData().organisation();
        }
        if (record instanceof Session session) {
            Organisation keeper = Organisation.builder(
                            session.organisation(), session.organisation().value())
                    .build();
            return Archive.builder(keeper)
                    .addSessions(session)
                    .build()
                    .withoutPersonalData()
                    .sessions()
                    .get(0);
        }
        if (record instanceof Cycle || record instanceof Announcement) {
            return record;
        }
        throw new IllegalArgumentException("A writer for publication writes an Archive, an Organisation, a Cycle, a"
                + " Session or an Announcement, not a " + record.getClass().getName()
                + " alone: personal data is left out of a whole record");
    }

    private static JsonException writeFailure(JacksonException e) {
        return new JsonException(
                new JsonProblem(
                        JsonProblem.Kind.IO,
                        "",
                        0,
                        0,
                        "The JSON text could not be written: " + e.getOriginalMessage(),
                        null),
                e);
    }

    @SuppressWarnings("unchecked")
    private static Codec<Object> codecOf(Object record) {
        Objects.requireNonNull(record, "record");
        for (Class<?> type = record.getClass(); type != null; type = type.getSuperclass()) {
            Codec<?> codec = CODECS.get(type);
            if (codec != null) {
                return (Codec<Object>) codec;
            }
            for (Class<?> face : type.getInterfaces()) {
                codec = CODECS.get(face);
                if (codec != null) {
                    return (Codec<Object>) codec;
                }
            }
        }
        throw new IllegalArgumentException(
                "townhall's JSON format has no " + record.getClass().getName() + "; write an Archive, an"
                        + " Organisation, a Cycle, a Session or one of their parts");
    }

    @SuppressWarnings("unchecked")
    private static <T> Codec<T> codecFor(Class<T> type) {
        Objects.requireNonNull(type, "type");
        Codec<?> codec = CODECS.get(type);
        if (codec == null) {
            throw new IllegalArgumentException("townhall's JSON format has no " + type.getName()
                    + "; read an Archive, an Organisation, a Cycle, a Session or one of their parts");
        }
        return (Codec<T>) codec;
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads a document.
     *
     * @param json the JSON text, not null
     * @return the archive, not null
     * @throws JsonException if the text is not a townhall document
     */
    public Archive readArchive(String json) {
        return read(json, Archive.class);
    }

    /**
     * Reads a document from a reader, which is not closed.
     *
     * @param json the JSON text, not null
     * @return the archive, not null
     * @throws JsonException if the text is not a townhall document, or cannot be read
     */
    public Archive readArchive(Reader json) {
        return read(json, Archive.class);
    }

    /**
     * Reads a document from a stream (UTF-8, UTF-16 or UTF-32, detected), which is not closed.
     *
     * @param json the JSON text, not null
     * @return the archive, not null
     * @throws JsonException if the text is not a townhall document, or cannot be read
     */
    public Archive readArchive(InputStream json) {
        return read(json, Archive.class);
    }

    /**
     * Reads a record of the given type: {@code Archive.class} for a document, another record type
     * ({@code Session.class}, ...) for a fragment.
     *
     * @param json the JSON text, not null
     * @param type the record's type, not null
     * @param <T> the record's type
     * @return the record, not null
     * @throws JsonException if the text is not such a record
     * @throws IllegalArgumentException if the type is not part of the format
     */
    public <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Codec<T> codec = codecFor(type);
        if (json.length() > maxDocumentLength) {
            throw tooLong();
        }
        return parse(codec, () -> mapper.createParser(json));
    }

    /**
     * Reads a record of the given type from a reader, which is not closed.
     *
     * @param json the JSON text, not null
     * @param type the record's type, not null
     * @param <T> the record's type
     * @return the record, not null
     * @throws JsonException if the text is not such a record, or cannot be read
     * @throws IllegalArgumentException if the type is not part of the format
     */
    public <T> T read(Reader json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Codec<T> codec = codecFor(type);
        return parse(codec, () -> mapper.createParser(json));
    }

    /**
     * Reads a record of the given type from a stream (UTF-8, UTF-16 or UTF-32, detected), which is
     * not closed.
     *
     * @param json the JSON text, not null
     * @param type the record's type, not null
     * @param <T> the record's type
     * @return the record, not null
     * @throws JsonException if the text is not such a record, or cannot be read
     * @throws IllegalArgumentException if the type is not part of the format
     */
    public <T> T read(InputStream json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Codec<T> codec = codecFor(type);
        return parse(codec, () -> mapper.createParser(json));
    }

    private <T> T parse(Codec<T> codec, java.util.function.Supplier<JsonParser> source) {
        JsonParser parser = null;
        try {
            parser = source.get();
            In in = new In(parser, lenient);
            in.first();
            T value = codec.reader().apply(in);
            in.last();
            return value;
        } catch (JacksonException e) {
            throw In.translate(e, parser);
        } catch (IllegalArgumentException e) {
            // a model constructor refused what it was given (a text with two values for one language)
            throw new JsonException(
                    new JsonProblem(
                            JsonProblem.Kind.FORMAT,
                            pointerOf(parser),
                            lineOf(parser),
                            columnOf(parser),
                            e.getMessage() == null ? "The value is not allowed." : e.getMessage() + ".",
                            null),
                    e);
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (JacksonException ignored) {
                    // closing a parser over a caller's source: nothing to release that matters here
                }
            }
        }
    }

    private static String pointerOf(@Nullable JsonParser parser) {
        return parser == null ? "" : parser.streamReadContext().pathAsPointer().toString();
    }

    private static int lineOf(@Nullable JsonParser parser) {
        return parser == null ? 0 : parser.currentTokenLocation().getLineNr();
    }

    private static int columnOf(@Nullable JsonParser parser) {
        return parser == null ? 0 : parser.currentTokenLocation().getColumnNr();
    }

    private JsonException tooLong() {
        return new JsonException(
                new JsonProblem(
                        JsonProblem.Kind.SYNTAX,
                        "",
                        0,
                        0,
                        "The document breaks a size limit: it is longer than " + maxDocumentLength + " characters.",
                        null),
                null);
    }

    // ------------------------------------------------------------------ reading and validating

    /**
     * Reads a record and checks it against the model's rules, reporting every problem with its
     * JSON Pointer, line and column: the first problem that stops reading (syntax or format), or
     * else every rule the record breaks.
     *
     * @param json the JSON text, not null
     * @param type the record's type, not null
     * @param <T> the record's type
     * @return the record or the problems, not null
     * @throws IllegalArgumentException if the type is not part of the format
     */
    public <T> JsonReadResult<T> readAndValidate(String json, Class<T> type) {
        return readAndValidate(json, type, this::validate);
    }

    private List<Found> validate(Object record) {
        RecordValidator chosen = validator;
        if (chosen == null) {
            chosen = defaultValidator;
            if (chosen == null) {
                chosen = RecordValidator.create();
                defaultValidator = chosen;
            }
        }
        return chosen.validate(record).violations().stream()
                .map(violation -> new Found(violation.path(), violation.constraint(), violation.message()))
                .toList();
    }

    /**
     * Same as {@link #readAndValidate(String, Class)}, from a reader, which is not closed.
     *
     * @param json the JSON text, not null
     * @param type the record's type, not null
     * @param <T> the record's type
     * @return the record or the problems, not null
     */
    public <T> JsonReadResult<T> readAndValidate(Reader json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        String text;
        try {
            text = slurp(json);
        } catch (JsonException e) {
            return JsonReadResult.of(null, List.of(e.problem()));
        }
        return readAndValidate(text, type);
    }

    /**
     * Same as {@link #readAndValidate(String, Class)}, from a stream in UTF-8, which is not closed.
     *
     * @param json the JSON text, not null
     * @param type the record's type, not null
     * @param <T> the record's type
     * @return the record or the problems, not null
     */
    public <T> JsonReadResult<T> readAndValidate(InputStream json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        String text;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = json.read(buffer)) > 0) {
                bytes.write(buffer, 0, n);
                if (bytes.size() > maxDocumentLength) {
                    throw tooLong();
                }
            }
            text = bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return JsonReadResult.of(null, List.of(ioProblem(e)));
        } catch (JsonException e) {
            return JsonReadResult.of(null, List.of(e.problem()));
        }
        return readAndValidate(text, type);
    }

    private String slurp(Reader json) {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        try {
            while ((n = json.read(buffer)) > 0) {
                out.append(buffer, 0, n);
                if (out.length() > maxDocumentLength) {
                    throw tooLong();
                }
            }
        } catch (IOException e) {
            throw new JsonException(ioProblem(e), e);
        }
        return out.toString();
    }

    private static JsonProblem ioProblem(IOException e) {
        return new JsonProblem(
                JsonProblem.Kind.IO, "", 0, 0, "The JSON text could not be read: " + e.getMessage(), null);
    }

    <T> JsonReadResult<T> readAndValidate(String json, Class<T> type, Function<Object, List<Found>> check) {
        T value;
        try {
            value = read(json, type);
        } catch (JsonException e) {
            return JsonReadResult.of(null, List.of(e.problem()));
        }
        List<Found> found = check.apply(value);
        if (found.isEmpty()) {
            return JsonReadResult.of(value, List.of());
        }
        Locations locations;
        try (JsonParser parser = mapper.createParser(json)) {
            locations = Locations.index(parser);
        }
        List<JsonProblem> problems = new ArrayList<>(found.size());
        for (Found violation : found) {
            String pointer = Paths.toPointer(violation.path());
            Locations.Place place = locations.find(pointer);
            problems.add(new JsonProblem(
                    JsonProblem.Kind.VALIDATION,
                    place.pointer().startsWith(pointer) || pointer.startsWith(place.pointer())
                            ? pointer
                            : place.pointer(),
                    place.line(),
                    place.column(),
                    violation.message(),
                    violation.constraint()));
        }
        return JsonReadResult.of(null, problems);
    }

    /**
     * Builds a {@link TownhallJson}. A builder is not thread-safe.
     *
     * <p>The size limits are Jackson's {@code StreamReadConstraints}; they stop hostile or broken
     * input early: nesting depth (default {@value TownhallJson#DEFAULT_MAX_NESTING_DEPTH}, while a
     * document nests about ten levels plus two per level of agenda sub-items), string length
     * (default {@value TownhallJson#DEFAULT_MAX_STRING_LENGTH} characters) and document length
     * (default {@value TownhallJson#DEFAULT_MAX_DOCUMENT_LENGTH} characters or bytes). Property
     * names are limited to 1,000 characters.
     */
    public static final class Builder {
        private boolean lenient;
        private boolean indent = true;
        private boolean forPublication;
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
        private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
        private @Nullable RecordValidator validator;

        private Builder() {}

        /**
         * Chooses lenient reading: unknown properties are skipped and a null value counts as an
         * absent one. Default: false (strict).
         *
         * @param lenient true to read leniently
         * @return this builder
         */
        public Builder lenient(boolean lenient) {
            this.lenient = lenient;
            return this;
        }

        /**
         * Sets the validator {@code readAndValidate} uses, and so the language of its messages.
         * Default: {@code RecordValidator.create()} (English), made on first use; it needs a
         * Jakarta Validation provider such as Hibernate Validator on the class path.
         *
         * @param validator the validator, not null
         * @return this builder
         */
        public Builder validator(RecordValidator validator) {
            this.validator = java.util.Objects.requireNonNull(validator, "validator");
            return this;
        }

        /**
         * Chooses output for publication, without personal data: an archive is written as
         * {@link Archive#withoutPersonalData()} gives it (no register of people, no attendance
         * lists, no reference to a person, no person's id; speakers, board members and appointees
         * stay by name), with {@code "redacted": true} after its format; an organisation or a
         * session is written as it stands in such an archive; a cycle or an announcement, which
         * hold no personal data, as it is. Other parts of records cannot be written by such an
         * instance. Reading is not affected. Default: false (everything is written).
         *
         * @param forPublication true to leave personal data out
         * @return this builder
         * @since 0.1
         */
        public Builder forPublication(boolean forPublication) {
            this.forPublication = forPublication;
            return this;
        }

        /**
         * Chooses indented output (two spaces, a final newline) or one compact line. Default: true.
         *
         * @param indent true to indent
         * @return this builder
         */
        public Builder indent(boolean indent) {
            this.indent = indent;
            return this;
        }

        /**
         * Sets the maximum nesting depth of objects and arrays.
         *
         * @param depth the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxNestingDepth(int depth) {
            this.maxNestingDepth = positive(depth, "maxNestingDepth");
            return this;
        }

        /**
         * Sets the maximum length of one string value, in characters.
         *
         * @param length the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxStringLength(int length) {
            this.maxStringLength = positive(length, "maxStringLength");
            return this;
        }

        /**
         * Sets the maximum length of a document, in characters or bytes.
         *
         * @param length the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxDocumentLength(long length) {
            if (length <= 0) {
                throw new IllegalArgumentException("maxDocumentLength must be positive: " + length);
            }
            this.maxDocumentLength = length;
            return this;
        }

        private static int positive(int value, String name) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return value;
        }

        /**
         * Builds the instance.
         *
         * @return a new immutable instance, not null
         */
        public TownhallJson build() {
            return new TownhallJson(this);
        }
    }
}
