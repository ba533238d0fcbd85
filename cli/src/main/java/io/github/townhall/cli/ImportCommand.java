package io.github.townhall.cli;

import io.github.townhall.archive.Archive;
import io.github.townhall.ical.IcalException;
import io.github.townhall.ical.IcalImport;
import io.github.townhall.ical.IcalReader;
import io.github.townhall.ical.ImportDiff;
import io.github.townhall.ical.ImportIssue;
import io.github.townhall.json.TownhallJson;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.session.Session;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
            "What cannot be mapped is reported on standard error with its line.",
            "With --since, standard error also lists the sessions added, changed and removed"
                    + " since an earlier import of the same calendar."
        })
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Output output;

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

    @Option(
            names = "--since",
            paramLabel = "OLD.json",
            description = "An earlier import of the same calendar (a JSON document this command wrote):"
                    + " list the sessions added, changed (time, status, SEQUENCE) and removed since.")
    @Nullable
    Path since;

    @Parameters(paramLabel = "FILE.ics", description = "The iCalendar file.")
    Path input;

    @Override
    public Integer call() {
        Archive earlier = since == null ? null : Inputs.readArchive(since);
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
        output.write(out -> json.write(archive, out), false);
        err.println(input + ": " + imported.sessions().size() + " sessions imported, "
                + imported.issues().size() + " issues" + (output.file == null ? "" : ", written to " + output.file));
        if (earlier != null && since != null) {
            printChanges(ImportDiff.between(earlier.sessions(), imported.sessions()), since, err);
        }
        return Townhall.OK;
    }

    /**
     * One line per session added, changed or removed, then a count: {@code added: ID START},
     * {@code changed: ID (time, status, revision): BEFORE -> AFTER}, {@code removed: ID START}.
     */
    private void printChanges(ImportDiff diff, Path old, PrintWriter err) {
        for (Session session : diff.added()) {
            err.println("added: " + session.id().value() + " " + when(session));
        }
        for (ImportDiff.Change change : diff.changed()) {
            StringBuilder line = new StringBuilder("changed: ")
                    .append(change.after().id().value())
                    .append(" (")
                    .append(change.kinds().stream()
                            .map(kind -> kind.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", ")))
                    .append("):");
            for (ImportDiff.Kind kind : change.kinds()) {
                switch (kind) {
                    case TIME ->
                        line.append(" ")
                                .append(when(change.before()))
                                .append(" -> ")
                                .append(when(change.after()));
                    case STATUS ->
                        line.append(" ")
                                .append(change.before().status().name().toLowerCase(Locale.ROOT))
                                .append(" -> ")
                                .append(change.after().status().name().toLowerCase(Locale.ROOT));
                    case REVISION ->
                        line.append(" SEQUENCE ")
                                .append(change.before().revision().number())
                                .append(" -> ")
                                .append(change.after().revision().number());
                }
                line.append(";");
            }
            line.setLength(line.length() - 1);
            err.println(line);
        }
        for (Session session : diff.removed()) {
            err.println("removed: " + session.id().value() + " " + when(session));
        }
        err.println(input + ": " + diff.added().size() + " added, "
                + diff.changed().size() + " changed, " + diff.removed().size() + " removed since " + old);
    }

    /** The session's start: its instant in its zone, or its first day. */
    private static String when(Session session) {
        Schedule schedule = session.schedule();
        ZonedDateTime start = schedule.exactStart();
        if (start != null) {
            return start.toOffsetDateTime().toString();
        }
        LocalDate day = schedule.firstDay();
        return day == null ? "undated" : day.toString();
    }
}
