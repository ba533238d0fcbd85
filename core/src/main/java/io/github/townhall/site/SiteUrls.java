package io.github.townhall.site;

import io.github.townhall.cycle.CycleId;
import io.github.townhall.id.Id;
import io.github.townhall.session.SessionId;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How the addresses of a site's pages are built from ids: the one place where an application says
 * where its session, minutes and cycle pages, its agenda and its feed live, shared by everything
 * that links to them (calendar feeds, JSON-LD, HTML pages, sitemaps).
 *
 * <p>Each path is relative to {@code base} and holds {@code {id}} where the record's id goes,
 * percent-encoded as one path segment (so an id cannot add a segment or a query).
 *
 * <pre>{@code
 * SiteUrls urls = SiteUrls.of(URI.create("https://idc.example.org/rencontres/"));
 * urls.session(SessionId.of("rencontres-toulouse-2")); // https://idc.example.org/rencontres/sessions/rencontres-toulouse-2.html
 * SiteUrls custom = urls.withSessionPath("seances/{id}/");
 * }</pre>
 *
 * @param base the site's base address: absolute, http or https, ending with {@code /}
 * @param sessionPath the path of a session page ({@code sessions/{id}.html} from {@link #of(URI)})
 * @param minutesPath the path of a session's minutes page ({@code sessions/{id}-minutes.html})
 * @param cyclePath the path of a cycle page ({@code cycles/{id}.html})
 * @param agendaPath the path of the organisation's agenda ({@code index.html})
 * @param feedPath the path of the organisation's calendar feed ({@code agenda.ics})
 * @since 0.1
 */
public record SiteUrls(
        URI base, String sessionPath, String minutesPath, String cyclePath, String agendaPath, String feedPath) {

    private static final String ID = "{id}";

    /**
     * Creates the addresses.
     *
     * @param base the site's base address: absolute, http or https, ending with {@code /}
     * @param sessionPath the path of a session page ({@code sessions/{id}.html} from {@link #of(URI)})
     * @param minutesPath the path of a session's minutes page ({@code sessions/{id}-minutes.html})
     * @param cyclePath the path of a cycle page ({@code cycles/{id}.html})
     * @param agendaPath the path of the organisation's agenda ({@code index.html})
     * @param feedPath the path of the organisation's calendar feed ({@code agenda.ics})
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code base} is not an absolute http or https address
     *     ending with {@code /}, if a record's path lacks {@code {id}}, or if a path is absolute
     */
    public SiteUrls {
        Objects.requireNonNull(base, "base");
        String scheme = base.getScheme();
        if (!base.isAbsolute()
                || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                || base.getHost() == null
                || !base.getPath().endsWith("/")
                || base.getQuery() != null
                || base.getFragment() != null) {
            throw new IllegalArgumentException(
                    "base must be an absolute http or https address ending with /, such as https://example.org/agenda/: "
                            + base);
        }
        recordPath(sessionPath, "sessionPath");
        recordPath(minutesPath, "minutesPath");
        recordPath(cyclePath, "cyclePath");
        relative(Objects.requireNonNull(agendaPath, "agendaPath"), "agendaPath");
        relative(Objects.requireNonNull(feedPath, "feedPath"), "feedPath");
    }

    /**
     * Obtains the default addresses under a base: {@code sessions/{id}.html},
     * {@code sessions/{id}-minutes.html}, {@code cycles/{id}.html}, {@code index.html} and
     * {@code agenda.ics}.
     *
     * @param base the site's base address, not null
     * @return the addresses, not null
     * @throws IllegalArgumentException if {@code base} is not an absolute http or https address
     *     ending with {@code /}
     */
    public static SiteUrls of(URI base) {
        return new SiteUrls(
                base,
                "sessions/{id}.html",
                "sessions/{id}-minutes.html",
                "cycles/{id}.html",
                "index.html",
                "agenda.ics");
    }

    /**
     * Returns a copy with another session path.
     *
     * @param path the path, relative, holding {@code {id}}, not null
     * @return the copy, not null
     * @throws IllegalArgumentException if the path is absolute or lacks {@code {id}}
     */
    public SiteUrls withSessionPath(String path) {
        return new SiteUrls(base, path, minutesPath, cyclePath, agendaPath, feedPath);
    }

    /**
     * Returns a copy with another minutes path.
     *
     * @param path the path, relative, holding {@code {id}}, not null
     * @return the copy, not null
     * @throws IllegalArgumentException if the path is absolute or lacks {@code {id}}
     */
    public SiteUrls withMinutesPath(String path) {
        return new SiteUrls(base, sessionPath, path, cyclePath, agendaPath, feedPath);
    }

    /**
     * Returns a copy with another cycle path.
     *
     * @param path the path, relative, holding {@code {id}}, not null
     * @return the copy, not null
     * @throws IllegalArgumentException if the path is absolute or lacks {@code {id}}
     */
    public SiteUrls withCyclePath(String path) {
        return new SiteUrls(base, sessionPath, minutesPath, path, agendaPath, feedPath);
    }

    /**
     * {@return the absolute address of a session's page}
     *
     * @param id the session's id, not null
     */
    public URI session(SessionId id) {
        return resolve(sessionPath, id);
    }

    /**
     * {@return the absolute address of a session's minutes page}
     *
     * @param id the session's id, not null
     */
    public URI minutes(SessionId id) {
        return resolve(minutesPath, id);
    }

    /**
     * {@return the absolute address of a cycle's page}
     *
     * @param id the cycle's id, not null
     */
    public URI cycle(CycleId id) {
        return resolve(cyclePath, id);
    }

    /** {@return the absolute address of the agenda} */
    public URI agenda() {
        return base.resolve(agendaPath);
    }

    /** {@return the absolute address of the calendar feed} */
    public URI feed() {
        return base.resolve(feedPath);
    }

    /**
     * {@return the path of a session's page relative to the base, for links between pages of the
     * site}
     *
     * @param id the session's id, not null
     */
    public String relativeSession(SessionId id) {
        return sessionPath.replace(ID, segment(Objects.requireNonNull(id, "id")));
    }

    private URI resolve(String path, Id id) {
        return base.resolve(path.replace(ID, segment(Objects.requireNonNull(id, "id"))));
    }

    /** Percent-encodes an id as one path segment: only unreserved characters stay as they are. */
    static String segment(Id id) {
        StringBuilder out = new StringBuilder();
        for (byte b : id.value().getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        String segment = out.toString();
        return segment.equals(".") || segment.equals("..") ? segment.replace(".", "%2E") : segment;
    }

    private static void recordPath(String path, String name) {
        Objects.requireNonNull(path, name);
        if (!path.contains(ID)) {
            throw new IllegalArgumentException(name + " must hold {id}, where the record's id goes: " + path);
        }
        relative(path, name);
    }

    private static void relative(String path, String name) {
        URI uri = URI.create(path.replace(ID, "x"));
        if (uri.isAbsolute() || path.startsWith("/") || path.startsWith("\\")) {
            throw new IllegalArgumentException(name + " must be relative to the base: " + path);
        }
    }
}
