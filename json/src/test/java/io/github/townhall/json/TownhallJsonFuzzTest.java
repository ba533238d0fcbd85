package io.github.townhall.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.townhall.archive.Archive;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the reading of documents: whatever the bytes, {@link TownhallJson#readArchive} returns
 * an archive or throws a {@link JsonException} with a problem; never another exception, never a
 * hang. An archive read is written and read again to the same archive.
 *
 * <p>In a plain build this replays the inputs under
 * {@code src/test/resources/io/github/townhall/json/TownhallJsonFuzzTestInputs/readArchive/}: the
 * golden documents, broken variants, and every input fuzzing has found to fail.
 * {@code ./mvnw -Pfuzz verify} fuzzes it (see docs/hardening.md).
 */
class TownhallJsonFuzzTest {
    private static final TownhallJson JSON =
            TownhallJson.builder().maxNestingDepth(40).maxStringLength(10_000).build();

    @FuzzTest(maxDuration = "2m")
    void readArchive(byte[] data) {
        Archive archive;
        try {
            archive = JSON.readArchive(new ByteArrayInputStream(data));
        } catch (JsonException e) {
            assertNotNull(e.reason());
            return;
        }
        assertEquals(archive, JSON.readArchive(JSON.write(archive)));
    }
}
