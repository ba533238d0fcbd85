package io.github.townhall.json;

import io.github.townhall.testing.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the golden files again after a deliberate change of the format:
 * {@code java ... GoldenWriter json/src/test/resources/golden}. Not a test. The documents of the
 * first version, under {@code townhall-1/}, are fixtures kept as that version wrote them: never
 * rewritten.
 */
final class GoldenWriter {
    private GoldenWriter() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "json/src/test/resources/golden");
        Files.createDirectories(folder);
        Files.writeString(
                folder.resolve("toulouse-cycle.json"),
                TownhallJson.defaults().write(Seeds.toulouse()),
                StandardCharsets.UTF_8);
        Files.writeString(
                folder.resolve("imp-acte.json"),
                TownhallJson.defaults().write(Seeds.impActe()),
                StandardCharsets.UTF_8);
    }
}
