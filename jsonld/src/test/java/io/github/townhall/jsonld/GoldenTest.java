package io.github.townhall.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The seeds' cycle and agenda, character for character, as reviewed in {@code golden/}: any change
 * of what is written shows here first (rewrite them with {@link GoldenWriter} when deliberate).
 */
class GoldenTest {
    @Test
    void theSeedsGiveTheGoldenDocuments() throws IOException {
        for (Map.Entry<String, String> document : GoldenWriter.documents().entrySet()) {
            try (InputStream in =
                    Objects.requireNonNull(getClass().getResourceAsStream("/golden/" + document.getKey()))) {
                assertEquals(
                        new String(in.readAllBytes(), StandardCharsets.UTF_8), document.getValue(), document.getKey());
            }
        }
    }
}
