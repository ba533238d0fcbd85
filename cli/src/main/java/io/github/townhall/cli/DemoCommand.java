package io.github.townhall.cli;

import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.ical.IcalOptions;
import io.github.townhall.ical.IcalWriter;
import io.github.townhall.json.TownhallJson;
import io.github.townhall.validation.RecordValidator;
import io.github.townhall.validation.ValidationReport;
import io.github.townhall.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code townhall demo}: turns the two seed records (the Toulouse cycle and the IMP'acte meeting)
 * into JSON documents and iCalendar feeds, validated.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Write the two seed records as JSON documents and iCalendar feeds, and validate them:",
            "toulouse-cycle.json, toulouse-cycle.ics, imp-acte.json and imp-acte.ics."
        })
final class DemoCommand implements Callable<Integer> {
    /** The cycle of the Toulouse seed, whose feed the demo writes. */
    static final CycleId TOULOUSE_CYCLE = CycleId.of("rencontres-toulouse");

    @Spec
    CommandSpec spec;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "townhall-demo",
            description = "Where to write the files (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        Files.createDirectories(out);
        RecordValidator validator = RecordValidator.create(Locale.FRENCH);
        IcalWriter ical = IcalWriter.of(IcalOptions.builder(IcsCommand.DEFAULT_DOMAIN)
                .language(Locale.FRENCH)
                .build());
        int problems = 0;
        problems += demo(console, validator, ical, seed("toulouse-cycle"), "toulouse-cycle", TOULOUSE_CYCLE);
        problems += demo(console, validator, ical, seed("imp-acte"), "imp-acte", null);
        if (problems > 0) {
            console.println(problems + " problems: see above.");
            return Townhall.INVALID;
        }
        site(console, seed("toulouse-cycle"), "toulouse-cycle", "https://idc.example.org/rencontres/");
        site(console, seed("imp-acte"), "imp-acte", "https://imp-acte.example.org/");
        console.println();
        console.println("Open a .ics file with your calendar application (or import it), open a site's index.html");
        console.println("in a browser, or check a record:");
        console.println("  ./townhall validate --lang fr " + out.resolve("imp-acte.json"));
        return Townhall.OK;
    }

    /** Writes the static site of a seed under {@code site/NAME}, as {@code townhall site} does. */
    private void site(PrintWriter console, Archive archive, String name, String base) {
        Path dir = out.resolve("site").resolve(name);
        List<Path> files = SiteCommand.write(
                archive, JsonLdCommand.siteUrls(base), Locale.FRENCH, null, IcsCommand.DEFAULT_DOMAIN, dir);
        console.printf("  %-40s %8d files (pages, feeds, JSON-LD)%n", dir.resolve("index.html"), files.size());
    }

    private int demo(
            PrintWriter console,
            RecordValidator validator,
            IcalWriter ical,
            Archive archive,
            String name,
            @Nullable CycleId cycle) {
        ValidationReport report = validator.validate(archive);
        for (Violation violation : report.violations()) {
            console.println(name + ": " + violation.path() + ": " + violation.message());
        }
        Path json = out.resolve(name + ".json");
        Inputs.write(json, stream -> TownhallJson.defaults().write(archive, stream));
        Path ics = out.resolve(name + ".ics");
        Inputs.write(ics, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            IcsCommand.write(ical, archive, cycle, writer);
            writer.flush();
        });
        int events = count(ics, "BEGIN:VEVENT");
        console.printf(
                "%s: %s, %d sessions (%s)%n",
                archive.organisation().name(),
                cycle == null ? "organisation feed" : "cycle " + cycle,
                cycle == null
                        ? archive.sessions().size()
                        : archive.sessionsOf(cycle).size(),
                report.isValid() ? "valid" : report.violations().size() + " problems");
        console.printf("  %-40s %,8d bytes%n", json, size(json));
        console.printf("  %-40s %,8d bytes, %d events%n", ics, size(ics), events);
        return report.violations().size();
    }

    /**
     * Reads one of the seed records, shipped in the jar as the townhall JSON documents that the
     * json module's tests compare, byte for byte, with the seeds built in Java.
     */
    private static Archive seed(String name) {
        String resource = "demo/" + name + ".json";
        try (InputStream in = DemoCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new CliException(
                        Townhall.UNREADABLE, "the demo's record " + resource + " is missing from the jar");
            }
            return TownhallJson.defaults().readArchive(in);
        } catch (IOException e) {
            throw new CliException(Townhall.UNREADABLE, resource + ": " + e.getMessage(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new CliException(Townhall.UNREADABLE, file + ": " + e.getMessage(), e);
        }
    }

    private static int count(Path file, String line) {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return (int) lines.filter(line::equals).count();
        } catch (IOException e) {
            throw new CliException(Townhall.UNREADABLE, file + ": " + e.getMessage(), e);
        }
    }
}
