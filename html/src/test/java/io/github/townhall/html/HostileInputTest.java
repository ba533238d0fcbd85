package io.github.townhall.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.deliberation.Decision;
import io.github.townhall.deliberation.DecisionId;
import io.github.townhall.deliberation.DecisionOutcome;
import io.github.townhall.organisation.BoardRole;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.Party;
import io.github.townhall.organisation.RoleAssignment;
import io.github.townhall.people.ContactPoint;
import io.github.townhall.people.Person;
import io.github.townhall.place.Venue;
import io.github.townhall.session.ActionItem;
import io.github.townhall.session.ActionStatus;
import io.github.townhall.session.AgendaItem;
import io.github.townhall.session.Link;
import io.github.townhall.session.LinkKind;
import io.github.townhall.session.PracticalDetails;
import io.github.townhall.session.PublishedMinutes;
import io.github.townhall.session.Registration;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionId;
import io.github.townhall.session.Speaker;
import io.github.townhall.site.SiteUrls;
import io.github.townhall.testing.Seeds;
import io.github.townhall.text.Text;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Records written by someone hostile: markup, script, attribute breakouts, dangerous link schemes
 * and direction overrides in every text. The pages hold no executable payload; the site is written
 * to html/target/hostile-site for web-check/check.sh, which checks in a browser that
 * {@code window.__pwned} stays undefined.
 */
class HostileInputTest {
    static final String SCRIPT = "<script>window.__pwned=1</script><script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=\"window.__pwned=1\">'><img src=x onerror=alert(1)>";
    static final String TITLE = "</title><script>window.__pwned=1</script>";
    static final String RLO = "\u202Egnp.exe\u202C \u2067isolate\u2069";
    static final String ALL = SCRIPT + IMG + TITLE + RLO;

    private static final Pattern EVENT_HANDLER = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern DANGEROUS_HREF =
            Pattern.compile("(href|src)\\s*=\\s*\"?\\s*(javascript|data|vbscript):", Pattern.CASE_INSENSITIVE);

    static Archive hostile() {
        Archive seed = Seeds.toulouse();
        Organisation organisation = seed.organisation()
                .withName("IDC " + IMG)
                .withDescription(Text.fr(ALL + "\n\nsecond paragraph " + SCRIPT))
                .withBoard(List.of(
                        RoleAssignment.of(BoardRole.PRESIDENT, Person.of(IMG + RLO), null),
                        RoleAssignment.named(Text.fr(SCRIPT + TITLE), Person.of(SCRIPT), null)));
        Cycle cycle = seed.cycles().get(0).withTitle(Text.fr("Cycle " + TITLE)).withDescription(Text.fr(ALL));
        List<Session> sessions = new ArrayList<>();
        for (Session session : seed.sessions()) {
            sessions.add(session.with()
                    .title(Text.fr("Title " + SCRIPT + IMG + RLO).withTranslation(Locale.ENGLISH, TITLE))
                    .description(Text.fr(ALL))
                    .venue(Venue.builder()
                            .name(IMG)
                            .city(SCRIPT)
                            .onlineLink(URI.create("javascript:alert(1)"))
                            .build())
                    .addSpeakers(Speaker.of(
                            Person.builder(IMG).title(Text.fr(SCRIPT)).build()))
                    .links(List.of(
                            new Link(
                                    LinkKind.RELATED,
                                    Text.fr("js " + IMG),
                                    URI.create("javascript:alert(1)"),
                                    Text.fr(ALL),
                                    null),
                            new Link(
                                    LinkKind.DOCUMENT,
                                    Text.fr("data"),
                                    URI.create("data:text/html,%3Cscript%3Ealert(1)%3C/script%3E"),
                                    null,
                                    null),
                            new Link(LinkKind.MEDIA, null, URI.create("JaVaScRiPt:window.__pwned=1"), null, null),
                            new Link(
                                    LinkKind.RELATED,
                                    Text.fr("ok"),
                                    URI.create("https://example.org/?q=%22%3E%3Cscript%3E"),
                                    null,
                                    null)))
                    .practical(PracticalDetails.builder()
                            .contact(new ContactPoint(IMG, "\"><script>alert(1)</script>@example.org", SCRIPT))
                            .build())
                    .registration(Registration.required(10, URI.create("javascript:alert(1)")))
                    .addTopics(Text.fr(IMG))
                    .minutes(new PublishedMinutes(
                            Text.fr(TITLE), URI.create("javascript:alert(1)"), null, Text.fr(ALL + "\n\n" + IMG)))
                    .agenda(List.of(AgendaItem.of(Text.fr(IMG)).withNotes(Text.fr(SCRIPT))))
                    .addDecisions(Decision.builder(DecisionId.of("d"), DecisionOutcome.ADOPTED, Text.fr(SCRIPT))
                            .reason(Text.fr(IMG))
                            .build())
                    .addActionItems(new ActionItem(Text.fr(SCRIPT), Party.named(IMG), null, ActionStatus.OPEN, null))
                    .build());
        }
        sessions.add(Session.builder(
                        SessionId.of("seance-\"x\"-<i>&amp;"),
                        seed.organisation().id(),
                        seed.sessions().get(0).schedule())
                .title(Text.fr(SCRIPT))
                .build());
        return seed.with()
                .organisation(organisation)
                .cycles(List.of(cycle))
                .sessions(sessions)
                .build();
    }

    /** A JSON-LD source as a schema.org writer gives it: JSON with < written as \u003c. */
    static JsonLdSource jsonLd() {
        return JsonLdSource.of(
                archive -> "{\"@context\":\"https://schema.org\",\"@type\":\"Organization\",\"name\":"
                        + json(archive.organisation().name()) + "}",
                (archive, cycle) -> "{\"@context\":\"https://schema.org\",\"@type\":\"EventSeries\",\"name\":"
                        + json(archive.cycle(cycle).title().original()) + "}",
                (archive, session) -> "{\"@context\":\"https://schema.org\",\"@type\":\"Event\",\"name\":"
                        + json(String.valueOf(session.label())) + ",\"startDate\":"
                        + json(String.valueOf(session.schedule().exactStart())) + ",\"description\":"
                        + json(ALL) + "}");
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static HtmlSite site() {
        return HtmlSite.of(HtmlOptions.builder(SiteFixtures.TOULOUSE_URLS)
                .siteName("Site " + IMG)
                .icsPath("sessions/{id}.ics")
                .jsonLd(jsonLd())
                .build());
    }

    @Test
    void pagesHoldNoExecutablePayload() throws IOException {
        Path dir = SiteFixtures.target("hostile-site");
        List<Path> files = site().writeSite(hostile(), dir);
        int pages = 0;
        for (Path file : files) {
            if (!file.toString().endsWith(".html")) {
                continue;
            }
            pages++;
            String page = Files.readString(file);
            String name = file.toString();
            assertFalse(page.contains("<script>window"), name);
            assertFalse(page.toLowerCase(Locale.ROOT).contains("<script>alert"), name);
            assertFalse(page.contains("<img"), name);
            assertFalse(EVENT_HANDLER.matcher(page).find(), name + " has an event handler attribute");
            assertFalse(DANGEROUS_HREF.matcher(page).find(), name + " links to a dangerous scheme");
            assertEquals(1, SeedPagesTest.count(page, "<title>"), name);
            assertEquals(1, SeedPagesTest.count(page, "</title>"), name);
            int scripts = SeedPagesTest.count(page, "<script");
            assertEquals(name.endsWith("-minutes.html") ? 0 : 1, scripts, name + ": the JSON-LD only");
            assertEquals(scripts, SeedPagesTest.count(page, "</script>"), name);
            String head = page.substring(0, page.indexOf(scripts == 0 ? "</head>" : "<script"));
            assertFalse(head.contains("\u202E"), name + ": no direction override in the title and meta tags");
        }
        assertEquals(11, pages, files::toString);
        String session = Files.readString(dir.resolve("sessions/rencontres-toulouse-1.html"));
        assertTrue(session.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;"), "shown as text");
        assertTrue(session.contains("javascript:alert(1)"), "an unsafe address is shown as text");
        assertFalse(session.contains("Participer en ligne"), "a javascript: online link is no link");
        assertTrue(session.contains("<div class=\"prose\" dir=\"auto\">"), "prose isolates its direction");
        assertTrue(session.contains("<a href=\"https://example.org/?q=%22%3E%3Cscript%3E\">"), session);
        assertTrue(Files.isRegularFile(dir.resolve("sessions/seance-\"x\"-<i>&amp;.html")), "an id is one file name");
        String board = SeedPagesTest.section(Files.readString(dir.resolve("index.html")), "board");
        assertTrue(board.contains("<td><bdi>&lt;script&gt;window.__pwned=1&lt;/script&gt;"), board);
        assertTrue(
                board.contains("<td><bdi>\"&gt;&lt;img src=x onerror="),
                "a board member's name shown as text: " + board);
    }

    @Test
    void jsonLdThatWouldCloseItsScriptIsRefused() {
        Archive archive = Seeds.toulouse();
        for (String bad : List.of("{\"name\":\"</script><script>alert(1)</script>\"}", "{\"name\":\"</SCRIPT >\"}")) {
            HtmlSite site = HtmlSite.of(HtmlOptions.builder(SiteFixtures.TOULOUSE_URLS)
                    .jsonLd(JsonLdSource.of(a -> bad, (a, c) -> null, (a, s) -> null))
                    .build());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> site.agenda(archive));
            assertEquals(
                    "The JSON-LD of https://idc.example.org/rencontres/index.html holds </script, which would break out"
                            + " of its <script> element; write < as \\u003c in JSON strings",
                    e.getMessage());
        }
        HtmlSite comment = HtmlSite.of(HtmlOptions.builder(SiteFixtures.TOULOUSE_URLS)
                .jsonLd(JsonLdSource.of(a -> null, (a, c) -> "{\"x\":\"<!--\"}", (a, s) -> null))
                .build());
        assertThrows(IllegalArgumentException.class, () -> comment.cycle(archive, Seeds.TOULOUSE_CYCLE));
    }

    @Test
    void aPageAddressThatWouldLeaveTheFolderIsRefused() {
        Archive seed = Seeds.toulouse();
        for (String id : List.of("..", "a/b", "a\\b")) {
            Archive archive = seed.withSessions(List.of(seed.sessions().get(0).withId(SessionId.of(id))));
            HtmlSite site = HtmlSite.of(HtmlOptions.builder(
                            SiteUrls.of(URI.create("https://x.example.org/")).withSessionPath("sessions/{id}"))
                    .build());
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class, () -> site.writeSite(archive, Path.of("target", "never")), id);
            assertTrue(e.getMessage().contains("has a path segment that names no file"), e.getMessage());
        }
    }
}
