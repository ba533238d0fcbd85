package io.github.townhall.benchmarks;

import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.html.HtmlOptions;
import io.github.townhall.html.HtmlSite;
import io.github.townhall.html.JsonLdSource;
import io.github.townhall.jsonld.JsonLdOptions;
import io.github.townhall.jsonld.SchemaOrg;
import io.github.townhall.organisation.ListedOrganisation;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.people.Person;
import io.github.townhall.place.GeoPoint;
import io.github.townhall.place.Venue;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.session.Admission;
import io.github.townhall.session.PracticalDetails;
import io.github.townhall.session.Registration;
import io.github.townhall.session.Session;
import io.github.townhall.session.Speaker;
import io.github.townhall.site.SiteUrls;
import java.net.URI;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Archive archive;
    private String agenda;
    private HtmlSite site;
    private List<Session> ordered;
    private List<Session> events;

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
                .sorted(Comparator.comparing(
                                (Session session) -> session.schedule().firstDay())
                        .thenComparing(session -> ((ExactSchedule) session.schedule())
                                .zonedStart()
                                .toInstant())
                        .thenComparing(session -> session.id().value()))
                .toList();
        // the JSON-LD keeps the archive's order between sessions starting at the same instant
        events = archive.sessions().stream()
                .sorted(Comparator.comparing(
                                (Session session) -> session.schedule().firstDay())
                        .thenComparing(session -> ((ExactSchedule) session.schedule())
                                .zonedStart()
                                .toInstant()))
                .toList();
        agenda = URLS.agenda().toString();
        String page = townhall();
        String limit = handWrittenLimit();
        sameContent(page, limit);
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
     * Checks that the limit writes townhall's page: the same HTML around the script, character for
     * character, and the same JSON-LD once parsed (numbers may be written differently).
     */
    private static void sameContent(String page, String limit) {
        String open = "<script type=\"application/ld+json\">";
        int a = page.indexOf(open) + open.length();
        int b = limit.indexOf(open) + open.length();
        int endA = page.indexOf("</script>", a);
        int endB = limit.indexOf("</script>", b);
        String htmlA = page.substring(0, a) + page.substring(endA);
        String htmlB = limit.substring(0, b) + limit.substring(endB);
        if (!htmlA.equals(htmlB)) {
            int at = 0;
            while (at < Math.min(htmlA.length(), htmlB.length()) && htmlA.charAt(at) == htmlB.charAt(at)) {
                at++;
            }
            throw new IllegalStateException("The pages differ at " + at + ": townhall «"
                    + htmlA.substring(Math.max(0, at - 80), Math.min(htmlA.length(), at + 80)) + "», limit «"
                    + htmlB.substring(Math.max(0, at - 80), Math.min(htmlB.length(), at + 80)) + "»");
        }
        JsonNode ldA = MAPPER.readTree(page.substring(a, endA));
        JsonNode ldB = MAPPER.readTree(limit.substring(b, endB));
        JsonNode itemsA = ldA.get("itemListElement");
        JsonNode itemsB = ldB.get("itemListElement");
        for (int i = 0; i < Math.min(itemsA.size(), itemsB.size()); i++) {
            if (!itemsA.get(i).equals(itemsB.get(i))) {
                throw new IllegalStateException("The JSON-LD differs at item " + i + ": townhall " + itemsA.get(i)
                        + ", limit " + itemsB.get(i));
            }
        }
        if (!ldA.equals(ldB)) {
            throw new IllegalStateException("The JSON-LD documents differ");
        }
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
     * The same page written by hand into one {@link StringBuilder}, sized once.
     *
     * @return the page
     */
    @Benchmark
    public String handWrittenLimit() {
        StringBuilder out = new StringBuilder(1 << 21);
        String name = archive.organisation().name();
        out.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Agenda de ");
        html(out, name).append(" – ");
        html(out, name).append("</title>\n<meta name=\"description\" content=\"Agenda de ");
        html(out, name)
                .append("\">\n<link rel=\"canonical\" href=\"")
                .append(agenda)
                .append("\">\n");
        out.append("<link rel=\"alternate\" type=\"text/calendar\" title=\"Calendrier\" href=\"agenda.ics\">\n")
                .append(
                        "<link rel=\"stylesheet\" href=\"style.css\">\n<meta property=\"og:title\" content=\"Agenda de ");
        html(out, name).append(" – ");
        html(out, name)
                .append("\">\n<meta property=\"og:type\" content=\"website\">\n<meta property=\"og:url\" content=\"")
                .append(agenda)
                .append("\">\n<meta property=\"og:description\" content=\"Agenda de ");
        html(out, name).append("\">\n<meta property=\"og:site_name\" content=\"");
        html(out, name).append("\">\n<script type=\"application/ld+json\">");
        jsonLd(out);
        out.append(
                        "</script>\n</head>\n<body>\n<header class=\"site\">\n<a class=\"skip\" href=\"#main\">Aller au contenu</a>\n")
                .append("<p class=\"site-name\"><a href=\"index.html\">");
        html(out, name)
                .append("</a></p>\n<nav aria-label=\"Navigation du site\">\n<ul>\n")
                .append("<li><a href=\"index.html\" aria-current=\"page\">Agenda</a></li>\n")
                .append(
                        "<li><a href=\"agenda.ics\" type=\"text/calendar\">S’abonner au calendrier (iCalendar)</a></li>\n")
                .append("</ul>\n</nav>\n</header>\n<main id=\"main\">\n\n<h1><bdi>Agenda de ");
        html(out, name)
                .append("</bdi></h1>\n<p class=\"subscribe\"><a href=\"agenda.ics\" type=\"text/calendar\">")
                .append("S’abonner au calendrier (iCalendar)</a> <span class=\"url\">")
                .append(URLS.feed())
                .append(
                        "</span></p>\n<section aria-labelledby=\"all\">\n<h2 id=\"all\">Rencontres</h2>\n<h3><a href=\"cycles/")
                .append(archive.cycles().get(0).id().value())
                .append(".html\"><bdi>");
        html(out, archive.cycles().get(0).title().original()).append("</bdi></a></h3>\n<ul class=\"sessions\">\n");
        for (Session session : ordered) {
            ExactSchedule schedule = (ExactSchedule) session.schedule();
            ZonedDateTime start = schedule.zonedStart();
            ZonedDateTime end = schedule.zonedEnd();
            out.append("<li><a href=\"sessions/").append(session.id().value()).append(".html\"><bdi>");
            html(out, label(session))
                    .append("</bdi></a><br><span class=\"when\"><time datetime=\"")
                    .append(ISO.format(start))
                    .append("\">")
                    .append(DAY.format(start))
                    .append(", ")
                    .append(TIME.format(start))
                    .append("</time> – <time datetime=\"")
                    .append(ISO.format(end))
                    .append("\">");
            if (!end.toLocalDate().equals(start.toLocalDate())) {
                out.append(DAY.format(end)).append(", ");
            }
            out.append(TIME.format(end))
                    .append("</time> <span class=\"zone\">(fuseau horaire ")
                    .append(schedule.zone().getId())
                    .append(", UTC")
                    .append(start.getOffset().getId().replace("Z", ""))
                    .append(")</span></span>");
            Venue venue = session.venue();
            String place = venue == null ? null : venue.city() != null ? venue.city() : venue.name();
            if (place != null) {
                html(out.append(", <bdi>"), place).append("</bdi>");
            }
            String status =
                    switch (session.status()) {
                        case PLANNED -> "Prévue";
                        case POSTPONED -> "Reportée, nouvelle date à venir";
                        case CANCELLED -> "Annulée";
                        default -> null;
                    };
            if (status != null) {
                out.append(" <strong class=\"status\">").append(status).append("</strong>");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n\n\n</section>\n\n</main>\n<footer class=\"site\">\n<p>Pages publiées par <bdi>");
        return html(out, name)
                .append("</bdi>.</p>\n</footer>\n</body>\n</html>\n\n")
                .toString();
    }

    /**
     * The agenda's {@code ItemList}: each session's {@code Event} with what townhall writes for it,
     * the organisation and the series described in full once and then referred to by {@code @id}.
     */
    private void jsonLd(StringBuilder out) {
        Organisation organisation = archive.organisation();
        out.append("{\"@context\":\"https://schema.org\",\"@type\":\"ItemList\",\"@id\":\"")
                .append(agenda)
                .append("#agenda\",\"url\":\"")
                .append(agenda)
                .append("\",\"name\":");
        json(out, organisation.name())
                .append(",\"itemListOrder\":\"https://schema.org/ItemListOrderAscending\",\"numberOfItems\":")
                .append(events.size())
                .append(",\"itemListElement\":[");
        String organisationId = URLS.base() + "#organization";
        Cycle cycle = archive.cycles().get(0);
        String series = URLS.cycle(cycle.id()) + "#series";
        int position = 1;
        for (Session session : events) {
            ExactSchedule schedule = (ExactSchedule) session.schedule();
            String url = URLS.session(session.id()).toString();
            out.append(position > 1 ? "," : "")
                    .append("{\"@type\":\"ListItem\",\"position\":")
                    .append(position)
                    .append(",\"item\":{\"@type\":\"Event\",\"@id\":\"")
                    .append(url)
                    .append("#event\",\"url\":\"")
                    .append(url)
                    .append('"');
            if (session.label() != null) {
                json(out.append(",\"name\":"), session.label().original());
            }
            if (session.description() != null) {
                json(out.append(",\"description\":"), session.description().original());
            }
            out.append(",\"inLanguage\":\"fr\",\"startDate\":\"")
                    .append(ISO_SECONDS.format(schedule.zonedStart()))
                    .append("\",\"endDate\":\"")
                    .append(ISO_SECONDS.format(schedule.zonedEnd()))
                    .append("\",\"eventStatus\":\"https://schema.org/")
                    .append(
                            switch (session.status()) {
                                case CANCELLED -> "EventCancelled";
                                case POSTPONED -> "EventPostponed";
                                default -> "EventScheduled";
                            })
                    .append('"');
            location(out, session.venue());
            out.append(",\"organizer\":");
            if (position == 1) {
                out.append("{\"@type\":\"Organization\",\"@id\":\"")
                        .append(organisationId)
                        .append("\",\"name\":");
                json(out, organisation.name());
                if (organisation.shortName() != null) {
                    json(out.append(",\"alternateName\":"), organisation.shortName());
                }
                if (organisation.website() != null) {
                    json(out.append(",\"url\":"), organisation.website().toString());
                }
                out.append(",\"address\":{\"@type\":\"PostalAddress\",\"addressLocality\":");
                json(out, organisation.city()).append("}}");
            } else {
                out.append("{\"@id\":\"").append(organisationId).append("\"}");
            }
            List<Speaker> speakers = session.speakers();
            if (!speakers.isEmpty()) {
                out.append(",\"performer\":").append(speakers.size() > 1 ? "[" : "");
                for (int i = 0; i < speakers.size(); i++) {
                    performer(out.append(i > 0 ? "," : ""), speakers.get(i));
                }
                out.append(speakers.size() > 1 ? "]" : "");
            }
            PracticalDetails practical = session.practical();
            Admission admission = practical == null ? null : practical.admission();
            Registration registration = session.registration();
            if (admission != null) {
                out.append(",\"isAccessibleForFree\":").append(admission instanceof Admission.Free);
            }
            if (admission != null || (registration != null && registration.link() != null)) {
                out.append(",\"offers\":{\"@type\":\"Offer\"");
                if (admission instanceof Admission.Paid paid) {
                    out.append(",\"price\":\"")
                            .append(paid.amount().toPlainString())
                            .append("\",\"priceCurrency\":\"")
                            .append(paid.currency().getCurrencyCode())
                            .append('"');
                } else if (admission != null) {
                    out.append(",\"price\":\"0\"");
                }
                if (registration != null && registration.link() != null) {
                    json(out.append(",\"url\":"), registration.link().toString());
                }
                out.append('}');
            }
            if (registration != null && registration.capacity() != null) {
                out.append(",\"maximumAttendeeCapacity\":").append(registration.capacity());
            }
            out.append(",\"superEvent\":");
            if (position == 1) {
                out.append("{\"@type\":\"EventSeries\",\"@id\":\"")
                        .append(series)
                        .append("\",\"url\":\"")
                        .append(URLS.cycle(cycle.id()))
                        .append("\",\"name\":");
                json(out, cycle.title().original()).append('}');
            } else {
                out.append("{\"@id\":\"").append(series).append("\"}");
            }
            out.append("}}");
            position++;
        }
        out.append("]}");
    }

    private void location(StringBuilder out, @Nullable Venue venue) {
        if (venue == null) {
            return;
        }
        boolean physical = venue.isPhysical();
        URI link = venue.onlineLink();
        out.append(",\"eventAttendanceMode\":\"https://schema.org/")
                .append(venue.isHybrid() ? "Mixed" : venue.isOnline() ? "Online" : "Offline")
                .append("EventAttendanceMode\",\"location\":")
                .append(physical && link != null ? "[" : "");
        if (physical) {
            out.append("{\"@type\":\"Place\"");
            StringBuilder name = new StringBuilder();
            for (String part : new String[] {venue.name(), venue.room(), venue.building()}) {
                if (part != null) {
                    name.append(name.length() > 0 ? ", " : "").append(part);
                }
            }
            ListedOrganisation owner = venue.organisation() == null ? null : archive.listed(venue.organisation());
            if (name.length() == 0 && owner != null) {
                name.append(owner.name());
            }
            if (name.length() > 0) {
                json(out.append(",\"name\":"), name.toString());
            }
            if (venue.street() != null
                    || venue.postalCode() != null
                    || venue.city() != null
                    || venue.country() != null) {
                out.append(",\"address\":{\"@type\":\"PostalAddress\"");
                optional(out, "streetAddress", venue.street());
                optional(out, "postalCode", venue.postalCode());
                optional(out, "addressLocality", venue.city());
                optional(out, "addressCountry", venue.country());
                out.append('}');
            }
            GeoPoint point = venue.coordinates();
            if (point != null) {
                out.append(",\"geo\":{\"@type\":\"GeoCoordinates\",\"latitude\":")
                        .append(point.latitude())
                        .append(",\"longitude\":")
                        .append(point.longitude())
                        .append('}');
            }
            out.append('}');
        }
        if (link != null) {
            out.append(physical ? "," : "").append("{\"@type\":\"VirtualLocation\",\"url\":");
            json(out, link.toString()).append('}');
        }
        out.append(physical && link != null ? "]" : "");
    }

    private void performer(StringBuilder out, Speaker speaker) {
        Person person = speaker.person();
        out.append("{\"@type\":\"Person\",\"name\":");
        json(out, person.name());
        if (person.title() != null) {
            json(out.append(",\"jobTitle\":"), person.title().original());
        }
        ListedOrganisation listed = speaker.organisation() == null ? null : archive.listed(speaker.organisation());
        if (listed != null) {
            out.append(",\"affiliation\":{\"@type\":\"Organization\",\"name\":");
            json(out, listed.name());
            optional(out, "alternateName", listed.shortName());
            optional(
                    out,
                    "url",
                    listed.website() == null ? null : listed.website().toString());
            if (listed.city() != null) {
                out.append(",\"address\":{\"@type\":\"PostalAddress\",\"addressLocality\":");
                json(out, listed.city()).append('}');
            }
            out.append('}');
        } else if (person.affiliation() != null) {
            out.append(",\"affiliation\":{\"@type\":\"Organization\",\"name\":");
            json(out, person.affiliation().name()).append('}');
        }
        out.append('}');
    }

    private static void optional(StringBuilder out, String name, @Nullable String value) {
        if (value != null) {
            json(out.append(",\"").append(name).append("\":"), value);
        }
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
            } else if (c == '\u2028' || c == '\u2029') {
                out.append(c == '\u2028' ? "\\u2028" : "\\u2029");
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                switch (c) {
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                }
            } else {
                out.append(c);
            }
        }
        return out.append('"');
    }
}
