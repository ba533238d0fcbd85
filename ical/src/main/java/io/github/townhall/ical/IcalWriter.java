package io.github.townhall.ical;

import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.ical.internal.ContentLineWriter;
import io.github.townhall.ical.internal.FeedWriter;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.schedule.UndatedSchedule;
import io.github.townhall.session.Session;
import io.github.townhall.text.Text;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes iCalendar feeds (RFC 5545, with the RFC 7986 calendar properties) that calendar
 * applications subscribe to: one for an organisation's public sessions, one per cycle, and a
 * single-session calendar.
 *
 * <pre>{@code
 * IcalWriter writer = IcalWriter.of(IcalOptions.defaults("idc.example.org"));
 * try (Writer out = Files.newBufferedWriter(Path.of("idc.ics"))) {
 *     writer.writeFeed(archive, out);
 * }
 * }</pre>
 *
 * <p>What a feed holds: METHOD:PUBLISH, PRODID, NAME and X-WR-CALNAME, DESCRIPTION, URL,
 * REFRESH-INTERVAL and X-PUBLISHED-TTL; a compact VTIMEZONE for every zone used (only the rules
 * that cover the feed's years); and per session a VEVENT with a UID that never changes
 * ({@code <session id>@<domain>}), SEQUENCE from the revision, STATUS from the session's status
 * (a cancelled session stays in the feed as CANCELLED), DTSTART/DTEND with TZID, DTSTAMP,
 * CREATED, LAST-MODIFIED, SUMMARY, DESCRIPTION (questions, description, speakers, agenda, links,
 * registration, partner organisations, and the practical details: accessibility, admission,
 * contact, languages spoken), LOCATION, GEO, URL, CONFERENCE, CATEGORIES (the format, then the
 * topics) and ORGANIZER. See {@link IcalOptions} for the policies.
 *
 * <p>What a feed leaves out: sessions with no date yet ({@link
 * io.github.townhall.schedule.UndatedSchedule}) always, as a calendar has no day to show them on;
 * members-only sessions and tentative periods unless the options ask for them. The rest of the
 * feed is written as usual. No feed holds the attendance (head count, attendees), the roles held
 * at a meeting, the deliberation or the minutes: a feed says what is planned, not who came.
 *
 * <p>Output is deterministic: the same records and options give the same bytes (no wall clock
 * unless a {@link java.time.Clock} is set). Events are streamed one at a time: a feed of any
 * size needs the memory of one event. Lines end with CRLF and are folded at 75 octets of UTF-8,
 * never inside a character. Every text is escaped by this library; control characters other
 * than line breaks and tabs are removed, and CR or CRLF are written as line breaks ({@code \n}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class IcalWriter {
    private final IcalOptions options;
    private final FeedWriter feeds;

    private IcalWriter(IcalOptions options) {
        this.options = options;
        this.feeds = new FeedWriter(options);
    }

    /**
     * Obtains a writer.
     *
     * @param options how to write, not null
     * @return the writer, not null
     */
    public static IcalWriter of(IcalOptions options) {
        return new IcalWriter(Objects.requireNonNull(options, "options"));
    }

    /**
     * Returns the options.
     *
     * @return the options, not null
     */
    public IcalOptions options() {
        return options;
    }

    /**
     * Writes the feed of an organisation: its sessions, in the archive's order, less the undated
     * ones, the members-only ones and those the tentative policy leaves out. Names of speakers'
     * and partner organisations come from the archive's directory.
     *
     * @param archive the organisation's records, not null
     * @param out where to write; flushed, not closed, not null
     * @throws IcalException if writing fails
     */
    public void writeFeed(Archive archive, Writer out) {
        Objects.requireNonNull(archive, "archive");
        write(organisationHeader(archive.organisation()), archive, archive.sessions(), lines(out));
    }

    /** The calendar's name, description and URL for an organisation's feed. */
    private FeedWriter.Header organisationHeader(Organisation organisation) {
        Text description = organisation.description();
        Text name = Text.of(
                description != null ? description.originalLanguage() : java.util.Locale.ROOT, organisation.name());
        return new FeedWriter.Header(name, description, feedUrl(organisation.website()));
    }

    /** The calendar's URL: the one the options name, else the given website (null when neither). */
    private @Nullable URI feedUrl(@Nullable URI website) {
        URI feedUrl = options.feedUrl();
        return feedUrl != null ? feedUrl : website;
    }

    /**
     * Writes the feed of an organisation as UTF-8.
     *
     * @param archive the organisation's records, not null
     * @param out where to write; flushed, not closed, not null
     * @throws IcalException if writing fails
     */
    public void writeFeed(Archive archive, OutputStream out) {
        Objects.requireNonNull(archive, "archive");
        write(organisationHeader(archive.organisation()), archive, archive.sessions(), lines(out));
    }

    /**
     * Returns the feed of an organisation.
     *
     * @param archive the organisation's records, not null
     * @return the feed, not null
     */
    public String feed(Archive archive) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeFeed(archive, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes a feed of sessions from any source, for feeds too large to hold as one archive.
     * The sessions are iterated twice (zones first, then events) and never held together. The
     * same sessions as {@link #writeFeed(Archive, Writer)} are left out. With no archive there is
     * no directory: partner organisations are not listed, and a speaker's organisation is named
     * only when the person's own affiliation names it.
     *
     * @param organisation the organisation of the sessions, not null
     * @param sessions the sessions, iterable twice in the same order, not null
     * @param out where to write; flushed, not closed, not null
     * @throws IcalException if writing fails
     */
    public void writeFeed(Organisation organisation, Iterable<Session> sessions, Writer out) {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(sessions, "sessions");
        Archive archive = Archive.builder(organisation).build();
        write(organisationHeader(organisation), archive, sessions, lines(out));
    }

    /**
     * Writes a feed of sessions from any source as UTF-8, straight to the stream (no {@link
     * Writer} or encoder in between): the fastest way to write a large feed. The same as {@link
     * #writeFeed(Organisation, Iterable, Writer)} otherwise.
     *
     * @param organisation the organisation of the sessions, not null
     * @param sessions the sessions, iterable twice in the same order, not null
     * @param out where to write; flushed, not closed, not null
     * @throws IcalException if writing fails
     * @since 0.1
     */
    public void writeFeed(Organisation organisation, Iterable<Session> sessions, OutputStream out) {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(sessions, "sessions");
        Archive archive = Archive.builder(organisation).build();
        write(organisationHeader(organisation), archive, sessions, lines(out));
    }

    /**
     * Writes the feed of one cycle: its sessions in the order of their ordinals, less those
     * {@link #writeFeed(Archive, Writer)} leaves out (an undated session of the cycle is not
     * written; the feed stays valid).
     *
     * @param archive the organisation's records, not null
     * @param cycle the cycle, not null
     * @param out where to write; flushed, not closed, not null
     * @throws IllegalArgumentException if the archive has no such cycle
     * @throws IcalException if writing fails
     */
    public void writeCycleFeed(Archive archive, CycleId cycle, Writer out) {
        writeCycleFeed(archive, cycle, lines(out));
    }

    private void writeCycleFeed(Archive archive, CycleId cycle, ContentLineWriter out) {
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(cycle, "cycle");
        Cycle found = archive.cycle(cycle);
        if (found == null) {
            throw new IllegalArgumentException("No cycle " + cycle + " in " + archive);
        }
        write(
                new FeedWriter.Header(found.title(), found.description(), feedUrl(found.website())),
                archive,
                archive.sessionsOf(cycle),
                out);
    }

    /**
     * Returns the feed of one cycle.
     *
     * @param archive the organisation's records, not null
     * @param cycle the cycle, not null
     * @return the feed, not null
     * @throws IllegalArgumentException if the archive has no such cycle
     */
    public String cycleFeed(Archive archive, CycleId cycle) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeCycleFeed(archive, cycle, new ContentLineWriter(out));
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes a calendar of one session (to attach to an invitation or offer for download). The
     * session is written whatever its visibility, and a tentative period as an all-day event.
     *
     * @param archive the records the session belongs to (for its organisation, cycle and
     *     directory), not null
     * @param session the session, not null
     * @param out where to write; flushed, not closed, not null
     * @throws IllegalArgumentException if the session has no date yet (a calendar holds at least
     *     one event, and an event has a day)
     * @throws IcalException if writing fails
     */
    public void writeSession(Archive archive, Session session, Writer out) {
        writeSession(archive, session, lines(out));
    }

    private void writeSession(Archive archive, Session session, ContentLineWriter out) {
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(session, "session");
        if (session.schedule() instanceof UndatedSchedule) {
            throw new IllegalArgumentException(
                    "Session " + session.id() + " has no date yet: there is no event to write (DTSTART needs a day)");
        }
        Text label = session.label();
        Text name = label != null
                ? label
                : Text.of(java.util.Locale.ROOT, archive.organisation().name());
        FeedWriter single = new FeedWriter(options.toBuilder()
                .includeMembersOnly(true)
                .tentativePolicy(TentativePolicy.ALL_DAY)
                .build());
        try {
            single.write(new FeedWriter.Header(name, null, options.feedUrl()), archive, List.of(session), out);
        } catch (UncheckedIOException e) {
            throw new IcalException("Cannot write the calendar of session " + session.id(), e.getCause());
        }
    }

    /**
     * Returns a calendar of one session.
     *
     * @param archive the records the session belongs to, not null
     * @param session the session, not null
     * @return the calendar, not null
     * @throws IllegalArgumentException if the session has no date yet
     */
    public String session(Archive archive, Session session) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeSession(archive, session, new ContentLineWriter(out));
        return out.toString(StandardCharsets.UTF_8);
    }

    private void write(FeedWriter.Header header, Archive archive, Iterable<Session> sessions, ContentLineWriter out) {
        Iterable<Session> accepted = () -> new FilteringIterator(sessions.iterator(), feeds);
        try {
            feeds.write(header, archive, accepted, out);
        } catch (UncheckedIOException e) {
            throw new IcalException(
                    "Cannot write the feed of " + archive.organisation().id(), e.getCause());
        }
    }

    /** The lines of a feed written as UTF-8 to a stream. */
    private static ContentLineWriter lines(OutputStream out) {
        return new ContentLineWriter(Objects.requireNonNull(out, "out"));
    }

    /** The lines of a feed written to a character stream. */
    private static ContentLineWriter lines(Writer out) {
        return new ContentLineWriter(Objects.requireNonNull(out, "out"));
    }

    private static final class FilteringIterator implements java.util.Iterator<Session> {
        private final java.util.Iterator<Session> source;
        private final FeedWriter feeds;
        private @Nullable Session next;

        FilteringIterator(java.util.Iterator<Session> source, FeedWriter feeds) {
            this.source = source;
            this.feeds = feeds;
        }

        @Override
        public boolean hasNext() {
            while (next == null && source.hasNext()) {
                Session candidate = source.next();
                if (feeds.accepts(candidate)) {
                    next = candidate;
                }
            }
            return next != null;
        }

        @Override
        public Session next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            Session result = java.util.Objects.requireNonNull(next, "next");
            next = null;
            return result;
        }
    }
}
