package io.github.townhall.ical;

import io.github.townhall.ical.internal.ImportHandler;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.session.Session;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads {@code .ics} files (as written by Google Calendar, Outlook, Thunderbird, Decidim,
 * Mobilizon, or this library) into sessions.
 *
 * <pre>{@code
 * IcalReader reader = IcalReader.of(OrganisationId.of("idc"), Locale.FRENCH);
 * IcalImport result = reader.read(Files.newBufferedReader(Path.of("agenda.ics")));
 * result.sessions().forEach(System.out::println);
 * result.issues().forEach(System.err::println);   // what could not be mapped, with its line
 * }</pre>
 *
 * <p>Mapping: UID gives the session id (without its {@code @domain}); SUMMARY the title;
 * DESCRIPTION the description; DTSTART with DTEND or DURATION an exact schedule in the event's
 * zone (a TZID that is an IANA id, else the VTIMEZONE's {@code X-LIC-LOCATION}, a known Outlook
 * zone name or an IANA id inside the TZID, else the offset the VTIMEZONE's rules give); an
 * all-day event a tentative period; no end, or our {@code X-TOWNHALL-END:ASSUMED}, an open end;
 * LOCATION the venue's name; GEO its coordinates; CONFERENCE its online link; STATUS the status
 * (TENTATIVE: planned, CONFIRMED: scheduled, CANCELLED: cancelled); SEQUENCE, CREATED and
 * LAST-MODIFIED the revision; URL a related link; CATEGORIES the format when one names it; CLASS
 * PRIVATE or CONFIDENTIAL members-only visibility. ORGANIZER is read as the organisation given
 * here. UTC times are placed in the calendar's X-WR-TIMEZONE when it has one; floating times in
 * the default zone.
 *
 * <p>Recurring events are not expanded: the first occurrence is imported and an issue says so;
 * overrides of single occurrences (RECURRENCE-ID) are reported and skipped. Every other property
 * or component we do not map (VALARM, ATTENDEE, X-properties...) is reported as an
 * {@link ImportIssue} with its line; at most {@value ImportHandler#MAX_ISSUES} issues are kept,
 * then one more tells how many were left out.
 *
 * <p>The file is parsed by iCal4j's streaming parser and turned into sessions one event at a
 * time: with {@link #read(Reader, Consumer)} a file of any size is read in bounded memory.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IcalReader {
    private final OrganisationId organisation;
    private final Locale language;
    private final ZoneId defaultZone;

    private IcalReader(OrganisationId organisation, Locale language, ZoneId defaultZone) {
        this.organisation = organisation;
        this.language = language;
        this.defaultZone = defaultZone;
    }

    /**
     * Obtains a reader for the sessions of one organisation.
     *
     * @param organisation the organisation every imported session belongs to, not null
     * @param language the language of texts that carry no LANGUAGE parameter, not null
     * @return the reader, not null
     */
    public static IcalReader of(OrganisationId organisation, Locale language) {
        return new IcalReader(
                Objects.requireNonNull(organisation, "organisation"),
                Objects.requireNonNull(language, "language"),
                ZoneOffset.UTC);
    }

    /**
     * Returns a copy that reads floating times (no TZID, no Z) in the given zone, when the
     * calendar names no X-WR-TIMEZONE; the default is UTC.
     *
     * @param zone the zone, not null
     * @return a copy, not null
     */
    public IcalReader withDefaultZone(ZoneId zone) {
        return new IcalReader(organisation, language, Objects.requireNonNull(zone, "zone"));
    }

    /**
     * Reads a whole file into memory.
     *
     * @param in the iCalendar text, not null; not closed
     * @return the sessions and the issues, not null
     * @throws IcalException if the file is not iCalendar, with the line where it breaks
     */
    public IcalImport read(Reader in) {
        List<Session> sessions = new ArrayList<>();
        List<ImportIssue> issues = read(in, sessions::add);
        return new IcalImport(sessions, issues);
    }

    /**
     * Reads a whole file from UTF-8 bytes.
     *
     * @param in the iCalendar bytes, not null; not closed
     * @return the sessions and the issues, not null
     * @throws IcalException if the file is not iCalendar, with the line where it breaks
     */
    public IcalImport read(InputStream in) {
        return read(new InputStreamReader(Objects.requireNonNull(in, "in"), StandardCharsets.UTF_8));
    }

    /**
     * Reads iCalendar text.
     *
     * @param text the iCalendar text, not null
     * @return the sessions and the issues, not null
     * @throws IcalException if the text is not iCalendar, with the line where it breaks
     */
    public IcalImport read(String text) {
        return read(new StringReader(Objects.requireNonNull(text, "text")));
    }

    /**
     * Reads a file event by event, handing each session to a consumer as soon as it is read:
     * memory stays bounded whatever the file's size.
     *
     * @param in the iCalendar text, not null; not closed
     * @param sink receives each session, in file order, not null
     * @return the issues, not null
     * @throws IcalException if the file is not iCalendar, with the line where it breaks
     */
    public List<ImportIssue> read(Reader in, Consumer<Session> sink) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sink, "sink");
        return ImportHandler.parse(in, organisation, language, defaultZone, sink);
    }
}
