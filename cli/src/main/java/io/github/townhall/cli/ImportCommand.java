package io.github.townhall.cli;

import io.github.townhall.archive.Archive;
import io.github.townhall.ical.IcalException;
import io.github.townhall.ical.IcalImport;
import io.github.townhall.ical.IcalReader;
import io.github.townhall.ical.ImportIssue;
import io.github.townhall.json.TownhallJson;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationId;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code townhall import}: converts an iCalendar file into a townhall JSON document. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Convert an iCalendar file into a townhall JSON document.",
            "What cannot be mapped is reported on standard error with its line."
        })
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Write to this file instead of standard output.")
    @Nullable
    Path output;

    @Option(
            names = "--organisation",
            paramLabel = "NAME",
            defaultValue = "Imported calendar",
            description = "Name of the organisation that holds the sessions (default: ${DEFAULT-VALUE}).")
    String organisation;

    @Option(
            names = "--organisation-id",
            paramLabel = "ID",
            defaultValue = "imported",
            description = "Id of that organisation (default: ${DEFAULT-VALUE}).")
    String organisationId;

    @Option(
            names = "--lang",
            defaultValue = "fr",
            description = "Language of the calendar's text: fr or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Parameters(paramLabel = "FILE.ics", description = "The iCalendar file.")
    Path input;

    @Override
    public Integer call() {
        byte[] bytes = Inputs.read(input);
        OrganisationId id = OrganisationId.of(organisationId);
        IcalImport imported;
        try {
            imported = IcalReader.of(id, Inputs.language(lang)).read(new ByteArrayInputStream(bytes));
        } catch (IcalException e) {
            String where = e.line() > 0 ? input + ":" + e.line() : input.toString();
            throw new CliException(Townhall.UNREADABLE, where + ": " + e.getMessage(), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        for (ImportIssue issue : imported.issues()) {
            err.println(input + ":" + issue.line() + ": " + issue.property() + ": " + issue.message());
        }
        Archive archive = Archive.builder(Organisation.builder(id, organisation).build())
                .cycles(imported.cycles())
                .sessions(imported.sessions())
                .build();
        TownhallJson json = TownhallJson.defaults();
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            json.write(archive, out);
            out.flush();
        } else {
            Inputs.write(output, stream -> json.write(archive, stream));
        }
        err.println(input + ": " + imported.sessions().size() + " sessions imported, "
                + imported.issues().size() + " issues" + (output == null ? "" : ", written to " + output));
        return Townhall.OK;
    }
}
