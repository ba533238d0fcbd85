package io.github.townhall.cli;

import io.github.townhall.archive.Archive;
import io.github.townhall.json.JsonException;
import io.github.townhall.json.TownhallJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reading and writing files for the commands, with errors a person reads. */
final class Inputs {
    private Inputs() {}

    static Locale language(String lang) {
        return switch (lang) {
            case "fr" -> Locale.FRENCH;
            case "en" -> Locale.ENGLISH;
            default -> throw new CliException(Townhall.UNREADABLE, "unknown language '" + lang + "': use fr or en");
        };
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CliException(Townhall.UNREADABLE, file + ": no such file");
        } catch (IOException e) {
            throw new CliException(Townhall.UNREADABLE, file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    static Archive readArchive(Path file) {
        byte[] bytes = read(file);
        try {
            return TownhallJson.defaults().readArchive(new java.io.ByteArrayInputStream(bytes));
        } catch (JsonException e) {
            throw new CliException(Townhall.UNREADABLE, file + ": " + e.problem(), e);
        }
    }

    static void write(Path file, IoConsumer<OutputStream> writer) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                writer.accept(out);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CliException(Townhall.UNREADABLE, file + ": cannot be written: " + e.getMessage(), e);
        }
    }

    /** A consumer that may throw {@link IOException}. */
    interface IoConsumer<T> {
        void accept(T value) throws IOException;
    }
}
