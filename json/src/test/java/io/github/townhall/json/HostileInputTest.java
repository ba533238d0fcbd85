package io.github.townhall.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Hostile sizes: each input stops with a {@link JsonException} of kind SYNTAX that says which
 * limit and where, never a StackOverflowError or an OutOfMemoryError.
 */
class HostileInputTest {
    private static final TownhallJson JSON = TownhallJson.defaults();
    private static final String HEAD = "{\"format\": \"townhall/1\", \"organisation\": {\"id\": \"o\", \"name\": ";

    @Test
    void nestingTenThousandDeepIsRefused() {
        // agenda items hold items: the one recursive structure of the format
        String json = HEAD + "\"O\"}, \"sessions\": [{\"agenda\": [" + "{\"items\": [".repeat(5_000)
                + "]}".repeat(5_000) + "]}]}";
        JsonException e = assertThrows(JsonException.class, () -> JSON.readArchive(json));
        assertEquals(JsonProblem.Kind.SYNTAX, e.problem().kind());
        assertTrue(
                e.reason()
                        .startsWith("The document breaks a size limit: Document nesting depth (101) exceeds the"
                                + " maximum allowed (100"),
                e.reason());
        assertEquals(1, e.problem().line());
        assertTrue(e.problem().column() > 500, e.getMessage());
        assertTrue(e.pointer().startsWith("/sessions/0/agenda/0/items/0/items/0"), e.pointer());
        JsonReadResult<Archive> result = JSON.readAndValidate(json, Archive.class);
        assertFalse(result.isValid());
        assertEquals(e.problem(), result.problems().get(0));
    }

    @Test
    void objectsNestedTenThousandDeepInAnUnknownPropertyAreRefusedWhenLenient() {
        TownhallJson lenient = TownhallJson.builder().lenient(true).build();
        String json = HEAD + "\"O\", \"x\": " + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000) + "}}";
        JsonException e = assertThrows(JsonException.class, () -> lenient.readArchive(json));
        assertTrue(e.reason().contains("nesting depth"), e.reason());
    }

    @Test
    void aStringOfTenMegabytesIsRefused() {
        String json = HEAD + "\"" + "O".repeat(10_000_000) + "\"}}";
        JsonException e = assertThrows(JsonException.class, () -> JSON.readArchive(json));
        assertEquals(JsonProblem.Kind.SYNTAX, e.problem().kind());
        assertTrue(
                e.reason().startsWith("The document breaks a size limit: String value length (")
                        && e.reason().contains("exceeds the maximum allowed (1000000"),
                e.reason());
        assertEquals("/organisation/name", e.pointer());
        InputStream bytes = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
        assertTrue(assertThrows(JsonException.class, () -> JSON.readArchive(bytes))
                .reason()
                .contains("String value length"));
    }

    @Test
    void aLongPropertyNameIsRefused() {
        String json = HEAD + "\"O\", \"" + "n".repeat(5_000) + "\": 1}}";
        JsonException e = assertThrows(JsonException.class, () -> JSON.readArchive(json));
        assertTrue(e.reason().contains("Name length"), e.reason());
    }

    @Test
    void aDocumentLongerThanTheLimitIsRefusedFromEverySource() {
        TownhallJson small = TownhallJson.builder().maxDocumentLength(1_000_000).build();
        String json = HEAD + "\"O\"}" + " ".repeat(2_000_000) + "}";
        String expected = "The document breaks a size limit";
        assertTrue(assertThrows(JsonException.class, () -> small.readArchive(json))
                .reason()
                .startsWith(expected));
        assertTrue(assertThrows(JsonException.class, () -> small.readArchive(new StringReader(json)))
                .reason()
                .startsWith(expected));
        assertTrue(assertThrows(
                        JsonException.class,
                        () -> small.readArchive(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .reason()
                .startsWith(expected));
        assertTrue(small.readAndValidate(new StringReader(json), Archive.class)
                .problems()
                .get(0)
                .message()
                .startsWith(expected));
        assertTrue(small.readAndValidate(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Archive.class)
                .problems()
                .get(0)
                .message()
                .startsWith(expected));
    }

    @Test
    void aHugeNumberIsRefusedWithoutParsingIt() {
        String json = HEAD + "\"O\"}, \"sessions\": [{\"id\": \"s\", \"revision\": {\"number\": 1" + "0".repeat(5_000)
                + "}}]}";
        JsonException e = assertThrows(JsonException.class, () -> JSON.readArchive(json));
        assertEquals(JsonProblem.Kind.SYNTAX, e.problem().kind());
        assertTrue(e.reason().contains("Number value length"), e.reason());
    }
}
