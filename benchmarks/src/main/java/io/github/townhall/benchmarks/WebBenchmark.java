package io.github.townhall.benchmarks;

import io.github.townhall.archive.Archive;
import io.github.townhall.html.HtmlOptions;
import io.github.townhall.html.HtmlSite;
import io.github.townhall.html.JsonLdSource;
import io.github.townhall.jsonld.JsonLdOptions;
import io.github.townhall.jsonld.SchemaOrg;
import io.github.townhall.place.Venue;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.session.Session;
import io.github.townhall.site.SiteUrls;
import java.net.URI;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The agenda page of a cycle of {@code sessions} sessions with its JSON-LD embedded:
 * {@code townhall} ({@link HtmlSite#agenda(Archive)} with {@link SchemaOrg#agenda(Archive)} as its
 * JSON-LD source) against {@code handWrittenLimit}, one {@link StringBuilder} writing a page of the
 * same content (the same head, the same list of sessions with their dates, offsets and places, and
 * an {@code ItemList} of the same events), with HTML and JSON escaping and nothing else: no view
 * model, no template, no localisation beyond French dates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WebBenchmark {
    /** How many sessions the cycle holds. */
    @Param({"1000"})
    public int sessions;

    private static final SiteUrls URLS = SiteUrls.of(URI.create("https://idc.example.org/rencontres/"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H'h'mm", Locale.FRENCH);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx");
    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private Archive archive;
    private HtmlSite site;
    private List<Session> ordered;

    /** Creates the state; JMH fills it in {@link #setUp()}. */
    public WebBenchmark() {}

    /** Generates the cycle once per trial and checks that both pages name every session. */
    @Setup(Level.Trial)
    public void setUp() {
        archive = BenchmarkData.generate().cycleArchive(sessions);
        SchemaOrg schema = SchemaOrg.of(JsonLdOptions.of(URLS, Locale.FRENCH));
        site = HtmlSite.of(HtmlOptions.builder(URLS)
                .jsonLd(JsonLdSource.of(schema::agenda, schema::cycle, schema::session))
                .build());
        ordered = archive.sessions().stream()
                .sorted(Comparator.comparing(session -> ((ExactSchedule) session.schedule()).zonedStart()))
                .toList();
        String page = townhall();
        String limit = handWrittenLimit();
        for (Session session : archive.sessions()) {
            String href = "sessions/" + session.id().value() + ".html";
            if (!page.contains(href) || !limit.contains(href)) {
                throw new IllegalStateException("a page does not link " + href);
            }
        }
        System.out.printf(
                "%nWebBenchmark: townhall's page %,d characters, the hand-written one %,d%n",
                page.length(), limit.length());
    }

    /**
     * townhall's agenda page with its JSON-LD.
     *
     * @return the page
     */
    @Benchmark
    public String townhall() {
        return site.agenda(archive);
    }

    /**
     * The same content written by hand into one {@link StringBuilder}.
     *
     * @return the page
     */
    @Benchmark
    public String handWrittenLimit() {
        StringBuilder out = new StringBuilder(1 << 20);
        String name = archive.organisation().name();
        out.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Agenda – ");
        html(out, name).append("</title>\n<meta name=\"description\" content=\"Les rencontres de ");
        html(out, name)
                .append("\">\n<link rel=\"canonical\" href=\"")
                .append(URLS.agenda())
                .append("\">\n")
                .append("<link rel=\"alternate\" type=\"text/calendar\" title=\"Calendrier\" href=\"agenda.ics\">\n")
                .append(
                        "<link rel=\"stylesheet\" href=\"style.css\">\n<meta property=\"og:title\" content=\"Agenda – ");
        html(out, name)
                .append("\">\n<meta property=\"og:type\" content=\"website\">\n<meta property=\"og:url\" content=\"")
                .append(URLS.agenda())
                .append("\">\n<script type=\"application/ld+json\">");
        jsonLd(out);
        out.append(
                        "</script>\n</head>\n<body>\n<header class=\"site\"><a class=\"skip\" href=\"#main\">Aller au contenu</a>")
                .append("<p class=\"site-name\"><a href=\"index.html\">");
        html(out, name)
                .append(
                        "</a></p>\n<nav aria-label=\"Navigation\"><ul><li><a href=\"index.html\" aria-current=\"page\">")
                .append(
                        "Agenda</a></li><li><a href=\"agenda.ics\" type=\"text/calendar\">S’abonner au calendrier</a></li>")
                .append("</ul></nav>\n</header>\n<main id=\"main\">\n<h1><bdi>Agenda de ");
        html(out, name)
                .append(
                        "</bdi></h1>\n<section aria-labelledby=\"all\">\n<h2 id=\"all\">Rencontres</h2>\n<h3><a href=\"cycles/")
                .append(archive.cycles().get(0).id().value())
                .append(".html\"><bdi lang=\"fr\">");
        html(out, archive.cycles().get(0).title().original()).append("</bdi></a></h3>\n<ul class=\"sessions\">\n");
        for (Session session : ordered) {
            ExactSchedule schedule = (ExactSchedule) session.schedule();
            ZonedDateTime start = schedule.zonedStart();
            ZonedDateTime end = schedule.zonedEnd();
            out.append("<li><a href=\"sessions/").append(session.id().value()).append(".html\"><bdi lang=\"fr\">");
            html(out, label(session))
                    .append("</bdi></a><br><span class=\"when\"><time datetime=\"")
                    .append(ISO.format(start))
                    .append("\">")
                    .append(DAY.format(start))
                    .append(", ")
                    .append(TIME.format(start))
                    .append("</time> – <time datetime=\"")
                    .append(ISO.format(end))
                    .append("\">")
                    .append(TIME.format(end))
                    .append("</time> <span class=\"zone\">(")
                    .append(schedule.zone())
                    .append(")</span></span>");
            Venue venue = session.venue();
            if (venue != null && venue.city() != null) {
                html(out.append(", <bdi>"), venue.city()).append("</bdi>");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n</section>\n</main>\n<footer class=\"site\"><p>Pages publiées par <bdi>");
        return html(out, name)
                .append("</bdi>.</p></footer>\n</body>\n</html>\n")
                .toString();
    }

    private void jsonLd(StringBuilder out) {
        out.append("{\"@context\":\"https://schema.org\",\"@type\":\"ItemList\",\"@id\":\"")
                .append(URLS.agenda())
                .append("#agenda\",\"itemListElement\":[");
        int position = 1;
        for (Session session : ordered) {
            ExactSchedule schedule = (ExactSchedule) session.schedule();
            URI url = URLS.session(session.id());
            out.append(position > 1 ? "," : "")
                    .append("{\"@type\":\"ListItem\",\"position\":")
                    .append(position++)
                    .append(",\"item\":{\"@type\":\"Event\",\"@id\":\"")
                    .append(url)
                    .append("#event\",\"url\":\"")
                    .append(url)
                    .append("\",\"name\":");
            json(out, label(session));
            if (session.description() != null) {
                json(out.append(",\"description\":"), session.description().original());
            }
            out.append(",\"inLanguage\":\"fr\",\"startDate\":\"")
                    .append(ISO_SECONDS.format(schedule.zonedStart()))
                    .append("\",\"endDate\":\"")
                    .append(ISO_SECONDS.format(schedule.zonedEnd()))
                    .append("\",\"eventStatus\":\"https://schema.org/EventScheduled\"");
            Venue venue = session.venue();
            if (venue != null && venue.city() != null) {
                out.append(",\"location\":{\"@type\":\"Place\"");
                if (venue.name() != null) {
                    json(out.append(",\"name\":"), venue.name());
                }
                out.append(",\"address\":{\"@type\":\"PostalAddress\",\"addressLocality\":");
                json(out, venue.city()).append("}}");
            }
            out.append(",\"organizer\":{\"@type\":\"Organization\",\"name\":");
            json(out, archive.organisation().name()).append('}');
            for (int i = 0; i < session.speakers().size(); i++) {
                out.append(i == 0 ? ",\"performer\":[" : ",").append("{\"@type\":\"Person\",\"name\":");
                json(out, session.speakers().get(i).person().name()).append('}');
            }
            out.append(session.speakers().isEmpty() ? "}}" : "]}}");
        }
        out.append("]}");
    }

    private static String label(Session session) {
        return session.label() == null ? session.id().value() : session.label().original();
    }

    private static StringBuilder html(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out;
    }

    private static StringBuilder json(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"');
    }
}
