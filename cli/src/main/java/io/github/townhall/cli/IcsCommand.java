package io.github.townhall.cli;

import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.ical.IcalOptions;
import io.github.townhall.ical.IcalWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code townhall ics}: writes the iCalendar feed of a JSON document. */
@Command(
        name = "ics",
        mixinStandardHelpOptions = true,
        description = {
            "Write the iCalendar feed of a townhall JSON document: the organisation's public sessions,",
            "or one cycle's with --cycle."
        })
final class IcsCommand implements Callable<Integer> {
    /** The domain of session UIDs when none is given. */
    static final String DEFAULT_DOMAIN = "townhall.invalid";

    @Option(
            names = "--lang",
            defaultValue = "fr",
            description = "Language of generated text: fr or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--cycle", paramLabel = "ID", description = "Write the feed of this cycle only.")
    @Nullable
    String cycle;

    @Option(
            names = "--domain",
            paramLabel = "D",
            defaultValue = DEFAULT_DOMAIN,
            description = "Domain of the events' UIDs, such as your association's (default: ${DEFAULT-VALUE}).")
    String domain;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "The site's base address, ending with /: each event leads to its session's page there.")
    @Nullable
    String baseUrl;

    @Mixin
    Output output;

    @Parameters(paramLabel = "FILE.json", description = "The townhall JSON document.")
    Path input;

    @Override
    public Integer call() {
        Archive archive = Inputs.readArchive(input);
        IcalWriter writer = IcalWriter.of(IcalOptions.builder(domain)
                .language(Inputs.language(lang))
                .siteUrls(baseUrl == null ? null : JsonLdCommand.siteUrls(baseUrl))
                .build());
        CycleId cycleId = cycle == null ? null : CycleId.of(cycle);
        if (cycleId != null && archive.cycle(cycleId) == null) {
            throw new CliException(Townhall.UNREADABLE, input + ": no cycle with id '" + cycle + "'");
        }
        output.write(out -> write(writer, archive, cycleId, out), false);
        return Townhall.OK;
    }

    /**
     * Writes an organisation feed, or a cycle's when {@code cycle} is not null.
     */
    static void write(IcalWriter writer, Archive archive, @Nullable CycleId cycle, Writer out) {
        if (cycle != null) {
            writer.writeCycleFeed(archive, cycle, out);
        } else {
            writer.writeFeed(archive, out);
        }
    }
}
