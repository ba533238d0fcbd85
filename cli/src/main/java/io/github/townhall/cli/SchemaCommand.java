package io.github.townhall.cli;

import io.github.townhall.json.TownhallJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code townhall schema}: prints the JSON Schema of the townhall format. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        description = "Print the JSON Schema (draft 2020-12) of the townhall JSON format.")
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String schema = TownhallJson.schema();
        spec.commandLine().getOut().print(schema.endsWith("\n") ? schema : schema + "\n");
        return Townhall.OK;
    }
}
