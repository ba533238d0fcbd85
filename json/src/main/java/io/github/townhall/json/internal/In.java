package io.github.townhall.json.internal;

import io.github.townhall.json.JsonException;
import io.github.townhall.json.JsonProblem;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * A reading cursor over a Jackson parser: typed reads that fail with a {@link JsonException}
 * saying where (JSON Pointer from the parser's context, line and column) and why.
 *
 * <p>Convention: every {@code read} method of a codec is called with the parser on the first token
 * of the value it reads, and returns with the parser on the last token of that value.
 */
public final class In {
    /** Exponents beyond this are refused: no amount or share of the format needs them. */
    private static final int MAX_SCALE = 1_000;

    private final JsonParser parser;
    private final boolean lenient;
    private int minor = -1;
    private @Nullable JsonException earlierForm;

    /**
     * Creates a cursor.
     *
     * @param parser the parser, not null
     * @param lenient true to skip unknown properties and accept null as absent
     */
    public In(JsonParser parser, boolean lenient) {
        this.parser = parser;
        this.lenient = lenient;
    }

    /**
     * Returns the parser.
     *
     * @return the parser
     */
    public JsonParser parser() {
        return parser;
    }

    /**
     * Records the minor version of the document being read, once its {@code "format"} is read.
     *
     * @param minor the minor version: 0 for {@code townhall/1}, 1 for {@code townhall/1.1}
     */
    public void version(int minor) {
        this.minor = minor;
    }

    /**
     * Returns the minor version of the document being read.
     *
     * @return 0 for {@code townhall/1}, 1 or more for {@code townhall/1.1} and later, -1 while no
     *     format has been read (a fragment, or a document whose format comes later)
     */
    public int minor() {
        return minor;
    }

    /**
     * Notes that the current value has the {@code townhall/1} form of a property that
     * {@code townhall/1.1} changed: an error at once in a {@code townhall/1.1} document, and
     * remembered otherwise, for a document whose format only comes later ({@link #earlierForm()}).
     *
     * @param message why the form is not that of {@code townhall/1.1}
     */
    public void earlierForm(String message) {
        if (minor >= 1) {
            throw fail(JsonProblem.Kind.FORMAT, message);
        }
        if (earlierForm == null) {
            earlierForm = fail(JsonProblem.Kind.FORMAT, message);
        }
    }

    /**
     * Returns the first {@code townhall/1} form met, if any.
     *
     * @return the problem to report if the document turns out to be {@code townhall/1.1}, or null
     */
    public @Nullable JsonException earlierForm() {
        return earlierForm;
    }

    /**
     * Moves to the first token of the document; fails on an empty document.
     */
    public void first() {
        if (parser.nextToken() == null) {
            throw fail(JsonProblem.Kind.SYNTAX, "The document is empty: a JSON object was expected.");
        }
    }

    /**
     * Checks that nothing but white space follows the value just read.
     */
    public void last() {
        JsonToken token = parser.nextToken();
        if (token != null) {
            throw fail(JsonProblem.Kind.SYNTAX, "Unexpected content after the end of the document.");
        }
    }

    /**
     * Checks that the current token starts an object.
     *
     * @param what what the object is, for the message ("a session")
     * @return where the object starts
     */
    public TokenStreamLocation beginObject(String what) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw mismatch("an object (" + what + ")");
        }
        return parser.currentTokenLocation();
    }

    /**
     * Moves to the next property of the current object and on to its value.
     *
     * @return the property's name with the parser on its value, or null at the end of the object
     */
    public @Nullable String nextProperty() {
        while (true) {
            String name = parser.nextName();
            if (name == null) {
                return null;
            }
            if (parser.nextToken() == JsonToken.VALUE_NULL) {
                if (lenient) {
                    continue;
                }
                throw fail(
                        JsonProblem.Kind.FORMAT,
                        "Property \"" + name + "\" is null; leave out a property that has no value.");
            }
            return name;
        }
    }

    /**
     * Handles a property the format does not know: an error when strict, skipped when lenient.
     *
     * @param name the property's name
     * @param what what the object is ("a session")
     * @param known the properties it may have, for the message
     */
    public void unknown(String name, String what, String known) {
        if (!lenient) {
            throw fail(
                    JsonProblem.Kind.FORMAT,
                    "Unknown property \"" + name + "\" in " + what + "; its properties are: " + known + ".");
        }
        parser.skipChildren();
    }

    /**
     * Checks that a required property was given; called at the end of the object.
     *
     * @param value the value read, or null
     * @param name the property's name
     * @param what what the object is
     * @param start where the object starts
     * @param <T> the value's type
     * @return the value, not null
     */
    public <T> T required(@Nullable T value, String name, String what, TokenStreamLocation start) {
        if (value == null) {
            throw failAt(start, JsonProblem.Kind.FORMAT, "Missing required property \"" + name + "\" in " + what + ".");
        }
        return value;
    }

    /**
     * Fails for a property not allowed in this variant of an object.
     *
     * @param start where the object starts
     * @param message the message
     * @return the exception to throw
     */
    public JsonException invalidObject(TokenStreamLocation start, String message) {
        return failAt(start, JsonProblem.Kind.FORMAT, message);
    }

    /**
     * Reads a string.
     *
     * @return the string, not null
     */
    public String string() {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw mismatch("a string");
        }
        return parser.getString();
    }

    /**
     * Reads an integer that fits in a Java int.
     *
     * @return the value
     */
    public int integer() {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw mismatch("an integer");
        }
        if (parser.getNumberType() != JsonParser.NumberType.INT) {
            throw fail(JsonProblem.Kind.FORMAT, "The integer " + parser.getString() + " is out of range.");
        }
        return parser.getIntValue();
    }

    /**
     * Reads a number.
     *
     * @return the value
     */
    public double number() {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_NUMBER_INT) {
            throw mismatch("a number");
        }
        return parser.getDoubleValue();
    }

    /**
     * Reads a number exactly, as written (its scale kept: {@code 2.50} stays {@code 2.50}).
     *
     * @return the value
     */
    public BigDecimal decimal() {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_NUMBER_INT) {
            throw mismatch("a number");
        }
        BigDecimal value = parser.getDecimalValue();
        if (Math.abs((long) value.scale()) > MAX_SCALE) {
            throw fail(JsonProblem.Kind.FORMAT, "The number " + parser.getString() + " is out of range.");
        }
        return value;
    }

    /**
     * Reads true or false.
     *
     * @return the value
     */
    public boolean bool() {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw mismatch("true or false");
    }

    /**
     * Reads an ISO-8601 local date ({@code 2017-12-05}).
     *
     * @return the date
     */
    public LocalDate date() {
        String text = string();
        LocalDate quick = Iso.date(text);
        if (quick != null) {
            return quick;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw fail(JsonProblem.Kind.FORMAT, "\"" + text + "\" is not a date like 2017-12-05.", e);
        }
    }

    /**
     * Reads an ISO-8601 local date and time ({@code 2017-12-05T18:00}).
     *
     * @return the date and time
     */
    public LocalDateTime dateTime() {
        String text = string();
        LocalDateTime quick = Iso.dateTime(text);
        if (quick != null) {
            return quick;
        }
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw fail(
                    JsonProblem.Kind.FORMAT, "\"" + text + "\" is not a local date and time like 2017-12-05T18:00.", e);
        }
    }

    /**
     * Reads an ISO-8601 instant in UTC ({@code 2017-12-06T09:30:00Z}).
     *
     * @return the instant
     */
    public Instant instant() {
        String text = string();
        Instant quick = Iso.instant(text);
        if (quick != null) {
            return quick;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw fail(JsonProblem.Kind.FORMAT, "\"" + text + "\" is not an instant like 2017-12-06T09:30:00Z.", e);
        }
    }

    /**
     * Reads an ISO-8601 duration ({@code PT30M}).
     *
     * @return the duration
     */
    public Duration duration() {
        String text = string();
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw fail(JsonProblem.Kind.FORMAT, "\"" + text + "\" is not a duration like PT30M.", e);
        }
    }

    /**
     * Reads a time-zone id ({@code Europe/Paris}).
     *
     * @return the zone
     */
    public ZoneId zone() {
        String text = string();
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw fail(JsonProblem.Kind.FORMAT, "\"" + text + "\" is not a time-zone id like Europe/Paris.", e);
        }
    }

    /**
     * Reads a BCP 47 language tag ({@code fr}, {@code en-GB}).
     *
     * @return the language
     */
    public Locale language() {
        String text = string();
        Locale language = Locale.forLanguageTag(text);
        if (language.toLanguageTag().equals("und") || !language.toLanguageTag().equalsIgnoreCase(text)) {
            throw fail(JsonProblem.Kind.FORMAT, "\"" + text + "\" is not a BCP 47 language tag like fr or en-GB.");
        }
        return language;
    }

    /**
     * Reads an ISO 4217 currency code ({@code EUR}).
     *
     * @return the currency
     */
    public Currency currency() {
        String text = string();
        try {
            if (text.length() == 3 && text.equals(text.toUpperCase(Locale.ROOT))) {
                return Currency.getInstance(text);
            }
        } catch (IllegalArgumentException e) {
            throw fail(JsonProblem.Kind.FORMAT, "\"" + text + "\" is not an ISO 4217 currency code like EUR.", e);
        }
        throw fail(JsonProblem.Kind.FORMAT, "\"" + text + "\" is not an ISO 4217 currency code like EUR.");
    }

    /**
     * Reads a URI.
     *
     * @return the URI
     */
    public URI uri() {
        String text = string();
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw fail(JsonProblem.Kind.FORMAT, "\"" + text + "\" is not a URI: " + e.getReason() + ".", e);
        }
    }

    /**
     * Reads an enum constant written in lower case.
     *
     * @param names the enum's names
     * @param <E> the enum
     * @return the constant
     */
    public <E extends Enum<E>> E enumeration(EnumNames<E> names) {
        String text = string();
        E value = names.valueOf(text);
        if (value == null) {
            throw fail(
                    JsonProblem.Kind.FORMAT,
                    "Unknown value \"" + text + "\"; expected one of: " + names.expected() + ".");
        }
        return value;
    }

    /**
     * Reads an array, each element with the function given.
     *
     * @param element reads one element, with the parser on its first token
     * @param <T> the element type
     * @return the elements, a new mutable list
     */
    public <T> List<T> list(Function<In, T> element) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw mismatch("an array");
        }
        List<T> out = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw fail(JsonProblem.Kind.SYNTAX, "The document ends inside an array.");
            }
            if (token == JsonToken.VALUE_NULL) {
                throw fail(JsonProblem.Kind.FORMAT, "An array of this format holds no null.");
            }
            out.add(element.apply(this));
        }
        return out;
    }

    /**
     * Builds an exception for a wrong JSON type at the current token.
     *
     * @param expected what was expected ("a string")
     * @return the exception
     */
    public JsonException mismatch(String expected) {
        return fail(JsonProblem.Kind.FORMAT, "Expected " + expected + " but found " + found() + ".");
    }

    private String found() {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "the end of the document";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "the string \"" + parser.getString() + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + parser.getString();
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    /**
     * Builds an exception at the current token.
     *
     * @param kind the kind of problem
     * @param message the message
     * @return the exception
     */
    public JsonException fail(JsonProblem.Kind kind, String message) {
        return fail(kind, message, null);
    }

    private JsonException fail(JsonProblem.Kind kind, String message, @Nullable Throwable cause) {
        TokenStreamLocation location = parser.currentTokenLocation();
        return new JsonException(
                new JsonProblem(kind, pointer(), location.getLineNr(), location.getColumnNr(), message, null), cause);
    }

    private JsonException failAt(TokenStreamLocation location, JsonProblem.Kind kind, String message) {
        return new JsonException(
                new JsonProblem(kind, pointer(), location.getLineNr(), location.getColumnNr(), message, null), null);
    }

    /**
     * Returns the JSON Pointer of the current value.
     *
     * @return the pointer, the empty string for the root
     */
    public String pointer() {
        return parser.streamReadContext().pathAsPointer().toString();
    }

    /**
     * Turns a parser exception into ours, with the pointer and location of the parser.
     *
     * @param e the parser's exception
     * @param parser the parser, or null if it could not be created
     * @return our exception
     */
    public static JsonException translate(JacksonException e, @Nullable JsonParser parser) {
        TokenStreamLocation location = e.getLocation();
        if (location == null && parser != null) {
            // a broken size limit carries no location: the parser's own says where it stopped
            try {
                location = parser.currentLocation();
            } catch (RuntimeException ignored) {
                // no location then
            }
        }
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        String pointer = "";
        if (parser != null) {
            try {
                pointer = parser.streamReadContext().pathAsPointer().toString();
            } catch (RuntimeException ignored) {
                // the parser is broken; the location still says where
            }
        }
        String reason = e.getOriginalMessage();
        JsonProblem.Kind kind = JsonProblem.Kind.SYNTAX;
        if (e instanceof StreamConstraintsException) {
            reason = "The document breaks a size limit: " + reason;
        } else if (reason != null && reason.startsWith("Duplicate Object property")) {
            reason = "A property appears twice in one object: "
                    + reason.substring("Duplicate Object property ".length()) + ".";
        } else if (e instanceof StreamReadException) {
            reason = "The document is not well-formed JSON: " + reason;
        } else {
            reason = "The document could not be read: " + reason;
        }
        return new JsonException(new JsonProblem(kind, pointer, line, column, reason, null), e);
    }
}
