package io.github.townhall.jsonld;

import io.github.townhall.testing.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the golden files again after a deliberate change of what is written:
 * {@code java ... GoldenWriter jsonld/src/test/resources/golden}. Not a test; {@link GoldenTest}
 * compares with them.
 */
final class GoldenWriter {
    private GoldenWriter() {}

    /** The golden files: name to JSON-LD. */
    static Map<String, String> documents() {
        return Map.of(
                "toulouse-cycle.jsonld", Ld.FRENCH.cycle(Seeds.toulouse(), Seeds.TOULOUSE_CYCLE),
                "imp-acte-agenda.jsonld", Ld.FRENCH.agenda(Seeds.impActe()));
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "jsonld/src/test/resources/golden");
        Files.createDirectories(folder);
        for (Map.Entry<String, String> document : documents().entrySet()) {
            Files.writeString(folder.resolve(document.getKey()), document.getValue(), StandardCharsets.UTF_8);
        }
    }
}
