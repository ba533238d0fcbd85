package io.github.townhall.html;

import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.html.internal.Hrefs;
import io.github.townhall.html.internal.Pages;
import io.github.townhall.html.internal.Render;
import io.github.townhall.html.internal.Style;
import io.github.townhall.html.internal.Views.Alternate;
import io.github.townhall.session.Revision;
import io.github.townhall.session.Session;
import io.github.townhall.site.SiteUrls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Renders a townhall archive as a static website: the organisation's agenda, a page per cycle, a
 * page per public session, a minutes page per public session whose minutes are approved or
 * published, one stylesheet and a {@code sitemap.xml}, at the addresses of the options' {@link
 * SiteUrls}.
 *
 * <pre>{@code
 * HtmlSite site = HtmlSite.of(HtmlOptions.builder(SiteUrls.of(URI.create("https://idc.example.org/rencontres/")))
 *         .asOf(LocalDate.of(2017, 12, 6))
 *         .build());
 * String agenda = site.agenda(archive);
 * site.writeSite(archive, Path.of("public"));
 * }</pre>
 *
 * <p>Pages hold no JavaScript and load nothing but the stylesheet. Members-only sessions have no
 * page and are listed nowhere; people of the archive's register (attendance lists, people who
 * proposed, own action items or hold meeting roles) are never named unless {@link
 * HtmlOptions#showAttendees()} says so. Every text of the records is escaped for where it stands;
 * only http and https addresses become links. The same archive and options give the same bytes.
 * Instances are immutable and thread-safe.
 *
 * <p><b>French and English.</b> A site is written in one language; to publish both, write two
 * sites, each naming the other as {@linkplain HtmlOptions.Builder#alternate(java.util.Locale,
 * SiteUrls) alternate}, for example in {@code fr/} and {@code en/} under one base:
 *
 * <pre>{@code
 * SiteUrls fr = SiteUrls.of(URI.create("https://idc.example.org/rencontres/fr/"));
 * SiteUrls en = SiteUrls.of(URI.create("https://idc.example.org/rencontres/en/"));
 * HtmlSite.of(HtmlOptions.builder(fr).language(Locale.FRENCH).alternate(Locale.ENGLISH, en).build())
 *         .writeSite(archive, Path.of("public/fr"));
 * HtmlSite.of(HtmlOptions.builder(en).language(Locale.ENGLISH).alternate(Locale.FRENCH, fr).build())
 *         .writeSite(archive, Path.of("public/en"));
 * }</pre>
 *
 * <p>Every page is written in both (labels, dates and numbers in the page's language, each text
 * of the record in the page's language when it has it, else in its own, marked with {@code lang}).
 * A page's record <em>exists</em> in a language when its own texts are written in it, as original
 * or translation: the agenda's organisation description, a cycle's title and description, a
 * session's title (or guiding question) and description, a minutes page's session title and the
 * minutes' title and text; a record with none of them (a session with no title, an agenda with no
 * description) exists in every language, its page being made of labels. A page whose record exists
 * in both languages carries {@code <link rel="alternate" hreflang>} to itself and its counterpart,
 * absolute, and {@code x-default} to the page in the language the record was written in (its first
 * text's original language; French when that is neither); the sitemap lists the same links as
 * {@code xhtml:link}. A page whose record exists in one language only carries none: its other page
 * is no translation.
 *
 * @since 0.1
 */
public final class HtmlSite {
    private final HtmlOptions options;
    private final Pages pages;

    private HtmlSite(HtmlOptions options) {
        this.options = options;
        this.pages = new Pages(options);
    }

    /**
     * Obtains a site renderer.
     *
     * @param options the options, not null
     * @return the renderer, not null
     * @throws NullPointerException if {@code options} is null
     */
    public static HtmlSite of(HtmlOptions options) {
        return new HtmlSite(Objects.requireNonNull(options, "options"));
    }

    /** {@return the options, not null} */
    public HtmlOptions options() {
        return options;
    }

    /**
     * Renders the organisation's agenda: with {@link HtmlOptions#asOf()}, upcoming sessions (ending
     * on that day or later) in date order and past ones latest first, else every dated session in
     * date order; each grouped by cycle, then the sessions whose date is to be set. Members-only
     * sessions are left out.
     *
     * @param archive the archive, not null
     * @return the page, not null
     * @throws IllegalArgumentException if the JSON-LD source gives a text that would break out of
     *     its script element
     */
    public String agenda(Archive archive) {
        return Render.agenda(pages.agenda(Objects.requireNonNull(archive, "archive")));
    }

    /**
     * Renders a cycle's page: its title, description, place, partners and public sessions in order.
     *
     * @param archive the archive, not null
     * @param cycle the cycle's id, not null
     * @return the page, not null
     * @throws IllegalArgumentException if the archive has no such cycle, or the JSON-LD would break
     *     out of its script element
     */
    public String cycle(Archive archive, CycleId cycle) {
        return Render.cycle(
                pages.cycle(Objects.requireNonNull(archive, "archive"), Objects.requireNonNull(cycle, "cycle")));
    }

    /**
     * Renders a session's page: everything public its record says.
     *
     * @param archive the archive holding the session, not null
     * @param session the session, not null
     * @return the page, not null
     * @throws IllegalArgumentException if the session is members-only, or the JSON-LD would break
     *     out of its script element
     */
    public String session(Archive archive, Session session) {
        return Render.session(
                pages.session(Objects.requireNonNull(archive, "archive"), Objects.requireNonNull(session, "session")));
    }

    /**
     * Renders a session's minutes page (compte-rendu).
     *
     * @param archive the archive holding the session, not null
     * @param session the session, not null
     * @return the page, not null
     * @throws IllegalArgumentException if the session is members-only, or its minutes are neither
     *     approved nor published (see {@link #hasMinutesPage(Session)})
     */
    public String minutes(Archive archive, Session session) {
        return Render.minutes(
                pages.minutes(Objects.requireNonNull(archive, "archive"), Objects.requireNonNull(session, "session")));
    }

    /**
     * {@return whether a session has a minutes page: it is public and its minutes are approved or
     * published}
     *
     * @param session the session, not null
     */
    public static boolean hasMinutesPage(Session session) {
        return Pages.hasMinutesPage(Objects.requireNonNull(session, "session"));
    }

    /**
     * Renders the page that leads to the site in each language, for the address above the
     * languages' folders (such as {@code https://idc.example.org/} above {@code fr/} and {@code
     * en/}): the site's name and a link to the agenda in this site's language and in each of its
     * {@linkplain HtmlOptions#alternates() alternates}, each link named in its own language
     * ("Français", "English"). The page is in this site's language, uses its stylesheet, and
     * carries {@code hreflang} links to each agenda and {@code x-default} to itself, as search
     * engines expect of a language chooser.
     *
     * <pre>{@code
     * Files.writeString(Path.of("public/index.html"),
     *         french.languageChooser(archive, URI.create("https://idc.example.org/")));
     * }</pre>
     *
     * @param archive the archive, not null
     * @param address the page's own absolute address, not null
     * @return the page, not null
     * @throws IllegalArgumentException if the address is not absolute
     * @since 0.1
     */
    public String languageChooser(Archive archive, URI address) {
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(address, "address");
        if (!address.isAbsolute()
                || address.getRawPath() == null
                || address.getRawPath().isEmpty()) {
            throw new IllegalArgumentException(
                    "The language chooser's address must be absolute, with a path: " + address);
        }
        return Render.languages(pages.languages(archive, address));
    }

    /** {@return the site's stylesheet, written as {@code style.css} beside the agenda's base} */
    public static String stylesheet() {
        return Style.CSS;
    }

    /**
     * Renders the site's {@code sitemap.xml}: the absolute address of every page, the agenda first,
     * then the cycles and the sessions in the archive's order, each session's minutes after it; a
     * session's {@code lastmod} is the day its record last changed, when known. A page that links
     * to its counterparts in other languages ({@link HtmlOptions#alternates()}) lists the same
     * {@code hreflang} alternates as {@code xhtml:link} elements, as search engines read them.
     *
     * @param archive the archive, not null
     * @return the sitemap, not null
     */
    public String sitemap(Archive archive) {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"");
        if (!options.alternates().isEmpty()) {
            out.append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"");
        }
        out.append(">\n");
        for (SitemapEntry page : addresses(Objects.requireNonNull(archive, "archive"))) {
            out.append("  <url><loc>")
                    .append(xml(page.address().toASCIIString()))
                    .append("</loc>");
            Instant modified = page.modified();
            if (modified != null) {
                out.append("<lastmod>")
                        .append(modified.atOffset(ZoneOffset.UTC).toLocalDate())
                        .append("</lastmod>");
            }
            for (Alternate alternate : page.alternates()) {
                out.append("\n    <xhtml:link rel=\"alternate\" hreflang=\"")
                        .append(xml(alternate.hreflang()))
                        .append("\" href=\"")
                        .append(xml(alternate.href()))
                        .append("\"/>");
            }
            out.append(page.alternates().isEmpty() ? "</url>\n" : "\n  </url>\n");
        }
        out.append("</urlset>\n");
        return out.toString();
    }

    /** A page of the sitemap: its address, when its record last changed, its alternates. */
    private record SitemapEntry(URI address, @Nullable Instant modified, List<Alternate> alternates) {}

    private List<SitemapEntry> addresses(Archive archive) {
        SiteUrls urls = options.urls();
        List<SitemapEntry> entries = new ArrayList<>();
        entries.add(new SitemapEntry(urls.agenda(), null, pages.agendaAlternates(archive)));
        for (Cycle cycle : archive.cycles()) {
            entries.add(new SitemapEntry(urls.cycle(cycle.id()), null, pages.cycleAlternates(cycle)));
        }
        for (Session session : archive.sessions()) {
            if (Pages.hasPage(session)) {
                Revision revision = session.revision();
                entries.add(new SitemapEntry(
                        urls.session(session.id()), revision.modified(), pages.sessionAlternates(session)));
                if (Pages.hasMinutesPage(session)) {
                    entries.add(new SitemapEntry(
                            urls.minutes(session.id()), revision.modified(), pages.minutesAlternates(session)));
                }
            }
        }
        return entries;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /**
     * Writes the whole site into a folder: every page at its address relative to the base (one
     * folder per path segment, percent-decoded), {@code style.css} at the base and {@code
     * sitemap.xml} beside it. Files are UTF-8, written whole; existing files are replaced.
     *
     * @param archive the archive, not null
     * @param dir the folder, created when missing, not null
     * @return the files written, in order, not null
     * @throws IllegalArgumentException if a page's address would name a file outside the folder
     *     (a path segment that decodes to {@code ..} or holds a slash), or is not under the base
     * @throws UncheckedIOException if a file cannot be written
     */
    public List<Path> writeSite(Archive archive, Path dir) {
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(dir, "dir");
        SiteUrls urls = options.urls();
        URI base = urls.base();
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(Hrefs.file(dir, base, urls.agenda()), agenda(archive));
        for (Cycle cycle : archive.cycles()) {
            files.put(Hrefs.file(dir, base, urls.cycle(cycle.id())), cycle(archive, cycle.id()));
        }
        for (Session session : archive.sessions()) {
            if (Pages.hasPage(session)) {
                files.put(Hrefs.file(dir, base, urls.session(session.id())), session(archive, session));
                if (Pages.hasMinutesPage(session)) {
                    files.put(Hrefs.file(dir, base, urls.minutes(session.id())), minutes(archive, session));
                }
            }
        }
        files.put(Hrefs.file(dir, base, base.resolve(Pages.STYLESHEET)), Style.CSS);
        files.put(Hrefs.file(dir, base, base.resolve("sitemap.xml")), sitemap(archive));
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<Path, String> file : files.entrySet()) {
                Path parent = file.getKey().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8);
                written.add(file.getKey());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the site into " + dir + ": " + e.getMessage(), e);
        }
        return List.copyOf(written);
    }
}
