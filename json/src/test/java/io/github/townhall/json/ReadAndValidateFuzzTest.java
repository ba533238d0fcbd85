package io.github.townhall.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.townhall.archive.Archive;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the read-and-validate path, which never throws for bad input: whatever the bytes, it
 * returns either a valid archive and no problem, or no archive and at least one problem, each
 * with a kind, a pointer and a message. Every rule of {@code RecordValidator} runs over whatever
 * the reader accepted.
 *
 * <p>In a plain build this replays the inputs under
 * {@code src/test/resources/io/github/townhall/json/ReadAndValidateFuzzTestInputs/readAndValidate/}.
 */
class ReadAndValidateFuzzTest {
    private static final TownhallJson JSON =
            TownhallJson.builder().maxNestingDepth(40).maxStringLength(10_000).build();

    @FuzzTest(maxDuration = "2m")
    void readAndValidate(byte[] data) {
        JsonReadResult<Archive> result = JSON.readAndValidate(new ByteArrayInputStream(data), Archive.class);
        if (result.isValid()) {
            assertTrue(result.problems().isEmpty());
            assertNotNull(result.value());
            return;
        }
        assertNull(result.value());
        assertFalse(result.problems().isEmpty());
        for (JsonProblem problem : result.problems()) {
            assertNotNull(problem.kind());
            assertTrue(problem.pointer().isEmpty() || problem.pointer().startsWith("/"), problem::toString);
            assertFalse(problem.message().isBlank(), problem::toString);
        }
        if (result.problems().get(0).kind() == JsonProblem.Kind.VALIDATION) {
            assertEquals(
                    result.problems().size(),
                    result.problems().stream()
                            .filter(p -> p.kind() == JsonProblem.Kind.VALIDATION)
                            .count());
        }
    }
}
