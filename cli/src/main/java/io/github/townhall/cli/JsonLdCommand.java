package io.github.townhall.cli;

import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.jsonld.JsonLdOptions;
import io.github.townhall.jsonld.SchemaOrg;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionId;
import io.github.townhall.site.SiteUrls;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code townhall jsonld}: writes the schema.org JSON-LD of a JSON document's agenda, cycle or session. */
@Command(
        name = "jsonld",
        mixinStandardHelpOptions = true,
        description = {
            "Write the schema.org JSON-LD of a townhall JSON document: the organisation's agenda (ItemList),",
            "one cycle's EventSeries with --cycle, or one session's Event with --session."
        })
final class JsonLdCommand implements Callable<Integer> {
    /** The base address of the site when none is given. */
    static final String DEFAULT_BASE = "https://townhall.invalid/";

    @Option(
            names = "--lang",
            defaultValue = "fr",
            description = "Language of the texts: fr or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            defaultValue = DEFAULT_BASE,
            description = "The site's base address, ending with / (default: ${DEFAULT-VALUE}).")
    String baseUrl;

    @Option(names = "--cycle", paramLabel = "ID", description = "Write this cycle's EventSeries.")
    @Nullable
    String cycle;

    @Option(names = "--session", paramLabel = "ID", description = "Write this session's Event.")
    @Nullable
    String session;

    @Mixin
    Output output;

    @Parameters(paramLabel = "FILE.json", description = "The townhall JSON document.")
    Path input;

    @Override
    public Integer call() {
        Archive archive = Inputs.readArchive(input);
        SchemaOrg schema = SchemaOrg.of(JsonLdOptions.of(siteUrls(baseUrl), Inputs.language(lang)));
        if (cycle != null && session != null) {
            throw new CliException(Townhall.UNREADABLE, "give --cycle or --session, not both");
        }
        if (cycle != null && archive.cycle(CycleId.of(cycle)) == null) {
            throw new CliException(Townhall.UNREADABLE, input + ": no cycle with id '" + cycle + "'");
        }
        Session one = session == null ? null : archive.session(SessionId.of(session));
        if (session != null && one == null) {
            throw new CliException(Townhall.UNREADABLE, input + ": no session with id '" + session + "'");
        }
        output.write(out -> write(schema, archive, one, out), true);
        return Townhall.OK;
    }

    private void write(SchemaOrg schema, Archive archive, @Nullable Session one, Writer out) {
        try {
            if (one != null) {
                schema.session(archive, one, out);
            } else if (cycle != null) {
                schema.cycle(archive, CycleId.of(cycle), out);
            } else {
                schema.agenda(archive, out);
            }
        } catch (IllegalArgumentException e) {
            throw new CliException(Townhall.UNREADABLE, input + ": " + e.getMessage());
        }
    }

    /** The site's addresses from a base URL given on the command line. */
    static SiteUrls siteUrls(String base) {
        try {
            return SiteUrls.of(URI.create(base));
        } catch (IllegalArgumentException e) {
            throw new CliException(Townhall.UNREADABLE, "--base-url: " + e.getMessage());
        }
    }
}
