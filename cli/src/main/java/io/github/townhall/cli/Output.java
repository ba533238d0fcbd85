package io.github.townhall.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code -o}/{@code --output} option of the commands that write one document, and the writing
 * itself: to that file in UTF-8, or to the command's standard output.
 */
final class Output {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Write to this file instead of standard output.")
    @Nullable
    Path file;

    /**
     * Writes a document, then flushes.
     *
     * @param document what writes it, given the writer
     * @param lineEndOnConsole whether standard output gets a line break after it (for a document
     *     that does not end with one)
     */
    void write(Inputs.IoConsumer<Writer> document, boolean lineEndOnConsole) {
        Path target = file;
        if (target != null) {
            Inputs.write(target, stream -> {
                Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                document.accept(out);
                out.flush();
            });
            return;
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            document.accept(out);
        } catch (IOException e) {
            throw new CliException(Townhall.UNREADABLE, "standard output: " + e.getMessage(), e);
        }
        if (lineEndOnConsole) {
            out.println();
        }
        out.flush();
    }
}
