package io.github.townhall.cli;

import io.github.townhall.archive.Archive;
import io.github.townhall.json.JsonProblem;
import io.github.townhall.json.JsonReadResult;
import io.github.townhall.json.TownhallJson;
import io.github.townhall.validation.RecordValidator;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code townhall validate}: checks JSON documents and prints every problem. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Check townhall JSON documents: the format, then every rule of a valid record.",
            "Prints each problem as FILE:LINE:COLUMN: JSON-POINTER: message.",
            "Exit code: 0 when every file is valid, 1 when a record breaks a rule,",
            "2 when a file cannot be read (not JSON, not the townhall format, unknown version)."
        })
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--lang",
            defaultValue = "en",
            description = "Language of the messages: fr or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The JSON documents to check.")
    List<Path> files;

    @Override
    public Integer call() {
        TownhallJson json = TownhallJson.builder()
                .validator(RecordValidator.create(Inputs.language(lang)))
                .build();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = Townhall.OK;
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = Inputs.read(file);
            } catch (CliException e) {
                err.println("townhall: " + e.getMessage());
                code = Townhall.UNREADABLE;
                continue;
            }
            JsonReadResult<Archive> result = json.readAndValidate(new ByteArrayInputStream(bytes), Archive.class);
            boolean unreadable = false;
            for (JsonProblem problem : result.problems()) {
                unreadable |= problem.kind() != JsonProblem.Kind.VALIDATION;
                out.println(file + ":" + problem.line() + ":" + problem.column() + ": "
                        + (problem.pointer().isEmpty() ? "/" : problem.pointer()) + ": " + problem.message());
            }
            if (unreadable) {
                code = Townhall.UNREADABLE;
            } else if (!result.isValid()) {
                code = Math.max(code, Townhall.INVALID);
                out.println(file + ": " + result.problems().size()
                        + (result.problems().size() == 1 ? " problem" : " problems"));
            } else {
                out.println(file + ": valid");
            }
        }
        return code;
    }
}
