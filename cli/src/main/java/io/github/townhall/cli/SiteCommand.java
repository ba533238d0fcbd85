package io.github.townhall.cli;

import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.html.HtmlOptions;
import io.github.townhall.html.HtmlSite;
import io.github.townhall.html.JsonLdSource;
import io.github.townhall.ical.IcalOptions;
import io.github.townhall.ical.IcalWriter;
import io.github.townhall.jsonld.JsonLdOptions;
import io.github.townhall.jsonld.SchemaOrg;
import io.github.townhall.session.Session;
import io.github.townhall.session.Visibility;
import io.github.townhall.site.SiteUrls;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code townhall site}: writes a static site of a JSON document, with its feeds and JSON-LD. */
@Command(
        name = "site",
        mixinStandardHelpOptions = true,
        description = {
            "Write the static site of a townhall JSON document: the agenda, a page per cycle, session and",
            "minutes, the stylesheet, sitemap.xml, the feed (agenda.ics), a calendar per session and the",
            "JSON-LD of the agenda and of each cycle (also embedded in the pages). With several languages",
            "(--lang fr,en), one site per language in DIR/fr/ and DIR/en/ under BASE/fr/ and BASE/en/, each",
            "page linking to its counterparts (hreflang) when its record exists in those languages,",
            "DIR/index.html, a page that leads to each language, and DIR/sitemap.xml, an index of the",
            "languages' sitemaps."
        })
final class SiteCommand implements Callable<Integer> {
    /** Where a session's own calendar is written, relative to the base. */
    static final String SESSION_ICS = "sessions/{id}.ics";

    @Spec
    CommandSpec spec;

    @Option(
            names = "--lang",
            paramLabel = "LANG[,LANG]",
            defaultValue = "fr",
            description = "Language of the pages: fr or en, or both (fr,en: a folder per language, the first"
                    + " is the x-default of records written in neither) (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            defaultValue = JsonLdCommand.DEFAULT_BASE,
            description = "The site's base address, ending with / (default: ${DEFAULT-VALUE}).")
    String baseUrl;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "The day that splits upcoming from past sessions (YYYY-MM-DD); without it, every"
                    + " session in date order.")
    @Nullable
    String asOf;

    @Option(
            names = "--domain",
            paramLabel = "D",
            defaultValue = IcsCommand.DEFAULT_DOMAIN,
            description = "Domain of the events' UIDs in the feeds (default: ${DEFAULT-VALUE}).")
    String domain;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            defaultValue = "site",
            description = "The folder to write to (default: ${DEFAULT-VALUE}).")
    Path output;

    @Parameters(paramLabel = "FILE.json", description = "The townhall JSON document.")
    Path input;

    @Override
    public Integer call() {
        Archive archive = Inputs.readArchive(input);
        LocalDate day = null;
        if (asOf != null) {
            try {
                day = LocalDate.parse(asOf);
            } catch (DateTimeParseException e) {
                throw new CliException(Townhall.UNREADABLE, "--as-of: not a date (YYYY-MM-DD): " + asOf);
            }
        }
        List<Locale> languages = new ArrayList<>();
        for (String tag : lang.split(",", -1)) {
            Locale language = Inputs.language(tag.strip());
            if (languages.contains(language)) {
                throw new CliException(Townhall.UNREADABLE, "--lang: " + tag.strip() + " is given twice: " + lang);
            }
            languages.add(language);
        }
        SiteUrls urls = JsonLdCommand.siteUrls(baseUrl);
        List<Path> written = languages.size() == 1
                ? write(archive, urls, languages.get(0), day, domain, output)
                : writeLanguages(archive, urls, languages, day, domain, output);
        spec.commandLine()
                .getOut()
                .printf("%s: %d files in %s%n", archive.organisation().name(), written.size(), output);
        return Townhall.OK;
    }

    /**
     * Writes the site of an archive in several languages, each in its own folder and under its own
     * base ({@code fr/}, {@code en/}), its pages linking to their counterparts, and a sitemap index
     * of the languages' sitemaps and a page that leads to each language at the top.
     *
     * @return the files written
     */
    static List<Path> writeLanguages(
            Archive archive, SiteUrls urls, List<Locale> languages, @Nullable LocalDate asOf, String domain, Path dir) {
        Map<Locale, SiteUrls> sites = new LinkedHashMap<>();
        for (Locale language : languages) {
            sites.put(
                    language,
                    new SiteUrls(
                            urls.base().resolve(language.getLanguage() + "/"),
                            urls.sessionPath(),
                            urls.minutesPath(),
                            urls.cyclePath(),
                            urls.agendaPath(),
                            urls.feedPath()));
        }
        List<Path> written = new ArrayList<>();
        StringBuilder index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Map.Entry<Locale, SiteUrls> site : sites.entrySet()) {
            Map<Locale, SiteUrls> others = new LinkedHashMap<>(sites);
            others.remove(site.getKey());
            written.addAll(write(
                    archive,
                    site.getValue(),
                    site.getKey(),
                    others,
                    asOf,
                    domain,
                    dir.resolve(site.getKey().getLanguage())));
            index.append("  <sitemap><loc>")
                    .append(site.getValue()
                            .base()
                            .resolve("sitemap.xml")
                            .toASCIIString()
                            .replace("&", "&amp;"))
                    .append("</loc></sitemap>\n");
        }
        index.append("</sitemapindex>\n");
        written.add(text(dir.resolve("sitemap.xml"), out -> out.write(index.toString())));
        HtmlOptions.Builder chooser = null;
        for (Map.Entry<Locale, SiteUrls> site : sites.entrySet()) {
            if (chooser == null) {
                chooser = HtmlOptions.builder(site.getValue()).language(site.getKey());
            } else {
                chooser.alternate(site.getKey(), site.getValue());
            }
        }
        String page = HtmlSite.of(Objects.requireNonNull(chooser, "languages").build())
                .languageChooser(archive, urls.base());
        written.add(text(dir.resolve("index.html"), out -> out.write(page)));
        return written;
    }

    /**
     * Writes the site of an archive in one language: pages, stylesheet, sitemap, feed, a calendar per session and
     * the JSON-LD of the agenda and cycles.
     *
     * @return the files written
     */
    static List<Path> write(
            Archive archive, SiteUrls urls, Locale language, @Nullable LocalDate asOf, String domain, Path dir) {
        return write(archive, urls, language, Map.of(), asOf, domain, dir);
    }

    private static List<Path> write(
            Archive archive,
            SiteUrls urls,
            Locale language,
            Map<Locale, SiteUrls> alternates,
            @Nullable LocalDate asOf,
            String domain,
            Path dir) {
        SchemaOrg schema = SchemaOrg.of(JsonLdOptions.of(urls, language));
        HtmlOptions.Builder options = HtmlOptions.builder(urls);
        alternates.forEach(options::alternate);
        HtmlSite site = HtmlSite.of(options.language(language)
                .asOf(asOf)
                .icsPath(SESSION_ICS)
                .jsonLd(JsonLdSource.of(
                        schema::agenda,
                        schema::cycle,
                        (records, session) ->
                                session.schedule().firstDay() == null ? null : schema.session(records, session)))
                .build());
        List<Path> written = new ArrayList<>(site.writeSite(archive, dir));
        IcalWriter ical = IcalWriter.of(IcalOptions.builder(domain)
                .language(language)
                .siteUrls(urls)
                .feedUrl(urls.feed())
                .build());
        written.add(text(dir.resolve(urls.feedPath()), out -> ical.writeFeed(archive, out)));
        for (Session session : archive.sessions()) {
            if (session.visibility() == Visibility.PUBLIC && session.schedule().firstDay() != null) {
                String path = urls.base()
                        .relativize(urls.withSessionPath(SESSION_ICS).session(session.id()))
                        .getPath();
                written.add(text(dir.resolve(path), out -> ical.writeSession(archive, session, out)));
            }
        }
        written.add(text(dir.resolve("agenda.jsonld"), out -> schema.agenda(archive, out)));
        for (Cycle cycle : archive.cycles()) {
            written.add(text(
                    dir.resolve("cycles").resolve(cycle.id().value() + ".jsonld"),
                    out -> schema.cycle(archive, cycle.id(), out)));
        }
        return written;
    }

    private static Path text(Path file, Inputs.IoConsumer<Writer> body) {
        Inputs.write(file, stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            body.accept(out);
            out.flush();
        });
        return file;
    }
}
