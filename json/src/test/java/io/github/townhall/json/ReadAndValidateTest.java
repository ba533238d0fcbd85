package io.github.townhall.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
        assertNull(result.value());
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
        // The model's head count value is written {"approximately": 15}: the pointer names it.
        assertEquals("/sessions/0/attendance/count/approximately", count.pointer());
        assertTrue(lines.get(count.line() - 1).contains("\"approximately\""), lines.get(count.line() - 1));

        JsonProblem whole = result.problems().get(3);
        assertEquals("", whole.pointer());
        assertEquals(1, whole.line());
        assertEquals(1, whole.column());
    }

    @Test
    void theValidatorReportsEveryBrokenRuleWithItsLocationInTheChosenLanguage() {
        String json = JSON.write(Seeds.impActe())
                .replace("\"name\": \"IMP'acte\"", "\"name\": \" \"")
                .replace("\"exact\": 7", "\"exact\": -7");
        TownhallJson french = TownhallJson.builder()
                .validator(io.github.townhall.validation.RecordValidator.create(java.util.Locale.FRENCH))
                .build();
        JsonReadResult<Archive> result = french.readAndValidate(json, Archive.class);
        assertFalse(result.isValid());
        assertEquals(
                List.of("/organisation/name", "/sessions/1/attendance/count/exact"),
                result.problems().stream().map(JsonProblem::pointer).toList());
        JsonProblem name = result.problems().get(0);
        assertEquals(JsonProblem.Kind.VALIDATION, name.kind());
        assertEquals("jakarta.validation.constraints.NotBlank", name.constraint());
        assertEquals(json.lines().toList().indexOf("    \"name\": \" \",") + 1, name.line());
        assertEquals(
                "jakarta.validation.constraints.PositiveOrZero",
                result.problems().get(1).constraint());
        assertEquals("ne doit pas être négatif", result.problems().get(1).message());
        JsonReadResult<Archive> english = JSON.readAndValidate(json, Archive.class);
        assertFalse(name.message().equals(english.problems().get(0).message()), "French and English differ");
    }
}
