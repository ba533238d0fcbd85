package io.github.townhall.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.json.internal.Found;
import io.github.townhall.json.internal.Paths;
import io.github.townhall.testing.Seeds;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadAndValidateTest {
    private static final TownhallJson JSON = TownhallJson.defaults();

    @Test
    void propertyPathsBecomeJsonPointers() {
        assertEquals("/sessions/2/schedule/end", Paths.toPointer("sessions[2].schedule.end"));
        assertEquals("/title/fr", Paths.toPointer("title[fr]"));
        assertEquals("/a~1b/c~0d", Paths.toPointer("a/b.c~d"));
        assertEquals("", Paths.toPointer(""));
        assertEquals("/sessions/0", Paths.toPointer("sessions[0]"));
    }

    @Test
    void aValidDocumentGivesItsRecord() {
        String json = JSON.write(Seeds.impActe());
        JsonReadResult<Archive> result = JSON.readAndValidate(json, Archive.class);
        assertTrue(result.isValid());
        assertEquals(Seeds.impActe(), result.orElseThrow());
        assertEquals(
                Seeds.impActe(),
                JSON.readAndValidate(new StringReader(json), Archive.class).orElseThrow());
        assertEquals(
                Seeds.impActe(),
                JSON.readAndValidate(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Archive.class)
                        .orElseThrow());
    }

    @Test
    void aSyntaxErrorIsTheOneProblem() {
        JsonReadResult<Archive> result = JSON.readAndValidate("{\"format\": \"townhall/1\",\n  oops}", Archive.class);
        assertFalse(result.isValid());
        assertTrue(result.value().isEmpty());
        assertEquals(1, result.problems().size());
        assertEquals(JsonProblem.Kind.SYNTAX, result.problems().get(0).kind());
        assertEquals(2, result.problems().get(0).line());
        assertThrows(JsonException.class, result::orElseThrow);
    }

    @Test
    void everyViolationIsPlacedByItsPointerLineAndColumn() {
        String json = JSON.write(Seeds.toulouse());
        List<String> lines = json.lines().toList();
        List<Found> found = List.of(
                new Found("sessions[2].schedule.end", "EndAfterStart", "The end is before the start"),
                new Found("organisation.name", "NotBlank", "A name is required"),
                new Found("sessions[0].attendance.count.value", "PositiveOrZero", "A count is not negative"),
                new Found("", "Whole", "The archive is inconsistent"));
        JsonReadResult<Archive> result = JSON.readAndValidate(json, Archive.class, record -> found);
        assertFalse(result.isValid());
        assertEquals(4, result.problems().size());

        JsonProblem end = result.problems().get(0);
        assertEquals(JsonProblem.Kind.VALIDATION, end.kind());
        assertEquals("/sessions/2/schedule/end", end.pointer());
        assertEquals("EndAfterStart", end.constraint());
        assertTrue(lines.get(end.line() - 1).contains("\"end\""), lines.get(end.line() - 1));
        assertEquals(lines.get(end.line() - 1).indexOf("\"end\"") + 1, end.column());

        JsonProblem name = result.problems().get(1);
        assertEquals("/organisation/name", name.pointer());
        assertTrue(lines.get(name.line() - 1).contains("\"name\": \"Institut de la concertation"));

        JsonProblem count = result.problems().get(2);
        assertEquals("/sessions/0/attendance/count/value", count.pointer());
        assertTrue(lines.get(count.line() - 1).contains("\"count\""), lines.get(count.line() - 1));

        JsonProblem whole = result.problems().get(3);
        assertEquals("", whole.pointer());
        assertEquals(1, whole.line());
        assertEquals(1, whole.column());
    }
}
