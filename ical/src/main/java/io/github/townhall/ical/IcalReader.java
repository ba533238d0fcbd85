package io.github.townhall.ical;

import io.github.townhall.cycle.Cycle;
import io.github.townhall.ical.internal.ImportHandler;
import io.github.townhall.ical.internal.ImportLimits;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.session.Session;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

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
 * LAST-MODIFIED the revision; URL a related link; CATEGORIES the format (the first value that
 * names one, in French or English) and the topics (every other value, in the property's LANGUAGE);
 * CLASS PRIVATE or CONFIDENTIAL members-only visibility. ORGANIZER is read as the organisation
 * given here (its CN is the organisation's name in our feeds). UTC times are placed in the
 * calendar's X-WR-TIMEZONE when it has one; floating times in the default zone.
 *
 * <p>ATTENDEE is an invitation and PARTSTAT the invitee's reply, not a record of who came: each
 * one is reported as an issue and nothing of it reaches the session's attendance.
 *
 * <p>Recurring events are expanded (RRULE with every FREQ and BYxxx part, RDATE, EXDATE), in
 * the zone of their DTSTART across daylight-saving changes, all-day and floating events too. Each
 * occurrence is a session whose id is the event's id, a hyphen and the occurrence's original start
 * in UTC ({@code weekly-20180115T170000Z}), or its date when all-day ({@code fair-20180115}): a
 * second import of an updated calendar gives the same ids (see {@link IcalImport#changesSince}).
 * An override of one occurrence (RECURRENCE-ID, before or after its recurring event in the file)
 * replaces it: a moved occurrence keeps its original schedule in
 * {@link Session#earlierSchedules()}, a cancelled one (STATUS:CANCELLED) is a cancelled session.
 * An override whose recurring event is missing is imported alone, RANGE=THISANDFUTURE changes
 * that occurrence only; both with an issue. The occurrences of one recurring event form a
 * {@link io.github.townhall.cycle.Cycle} (its id that of the event, ordinals in date order),
 * listed in {@link IcalImport#cycles()}. Which occurrences: those of {@link #withWindow(Instant,
 * Instant)} when set; by default a rule with COUNT or UNTIL whole, an endless rule up to
 * {@value #HORIZON_YEARS} years after the latest DTSTART or RDATE of the file (no clock is read).
 * At most {@link #maxOccurrencesPerRule()} occurrences of one recurring event and
 * {@link #maxOccurrencesPerFile()} in all are imported; the rest is left out with an issue.
 * Recurring events and their overrides are held until the file ends, then handed out after the
 * other events, each cycle's sessions in date order.
 *
 * <p>Every other property
 * or component we do not map (VALARM, X-properties...) is reported as an
 * {@link ImportIssue} with its line; at most {@link #maxIssues()} issues are kept (default
 * {@value #DEFAULT_MAX_ISSUES}), then one more tells how many were left out.
 *
 * <p>The file is parsed by iCal4j's streaming parser and turned into sessions one event at a
 * time: with {@link #read(Reader, Consumer)} a file is read in the memory of one event.
 *
 * <p>Limits guard against hostile or broken files; each one broken stops the import with an
 * {@link IcalException} that names the limit, the line, and the method that changes it:
 * <ul>
 *   <li>the file's length, {@value #DEFAULT_MAX_INPUT_LENGTH} characters by default
 *       ({@link #withMaxInputLength(long)}): tens of thousands of events;
 *   <li>the length of one content line once unfolded, {@value #DEFAULT_MAX_LINE_LENGTH}
 *       characters ({@link #withMaxLineLength(int)}): a description of a hundred pages;
 *   <li>the number of events, {@value #DEFAULT_MAX_EVENTS} ({@link #withMaxEvents(int)});
 *   <li>the number of VTIMEZONE components, {@value #DEFAULT_MAX_TIMEZONES}
 *       ({@link #withMaxTimezones(int)}), while the world has about 600 zones;
 *   <li>fixed: at most 10,000 properties in one component, and components nested at most 8
 *       deep (an alarm in an event is 2).
 * </ul>
 *
 * <p>An event keeps at most 200 topics; the categories after them are left out with one issue.
 *
 * <p>This class is immutable and thread-safe: one reader can serve many threads at once.
 *
 * @since 0.1
 */
public final class IcalReader {
    /** Default longest file read, in characters. */
    public static final long DEFAULT_MAX_INPUT_LENGTH = 40_000_000L;

    /** Default longest content line, in characters once unfolded. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 200_000;

    /** Default most events in one file. */
    public static final int DEFAULT_MAX_EVENTS = 100_000;

    /** Default most VTIMEZONE components in one file. */
    public static final int DEFAULT_MAX_TIMEZONES = 1_000;

    /** Default most issues listed; one more issue then counts the others. */
    public static final int DEFAULT_MAX_ISSUES = 1_000;

    /**
     * Default most occurrences of one recurring event: a daily meeting for 27 years.
     *
     * @since 0.1
     */
    public static final int DEFAULT_MAX_OCCURRENCES_PER_RULE = 10_000;

    /**
     * Default most occurrences of all the recurring events of one file: 1,000 weekly meetings
     * for two years.
     *
     * @since 0.1
     */
    public static final int DEFAULT_MAX_OCCURRENCES_PER_FILE = 200_000;

    /**
     * Years after the latest DTSTART or RDATE of a file up to which an endless rule is expanded
     * when no window is set.
     *
     * @since 0.1
     */
    public static final int HORIZON_YEARS = 2;

    private final OrganisationId organisation;
    private final Locale language;
    private final ZoneId defaultZone;
    private final ImportLimits limits;
    private final ImportLimits.Recurrence recurrence;

    private IcalReader(
            OrganisationId organisation,
            Locale language,
            ZoneId defaultZone,
            ImportLimits limits,
            ImportLimits.Recurrence recurrence) {
        this.organisation = organisation;
        this.language = language;
        this.defaultZone = defaultZone;
        this.limits = limits;
        this.recurrence = recurrence;
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
                ZoneOffset.UTC,
                new ImportLimits(
                        DEFAULT_MAX_INPUT_LENGTH,
                        DEFAULT_MAX_LINE_LENGTH,
                        DEFAULT_MAX_EVENTS,
                        DEFAULT_MAX_TIMEZONES,
                        DEFAULT_MAX_ISSUES),
                new ImportLimits.Recurrence(
                        DEFAULT_MAX_OCCURRENCES_PER_RULE, DEFAULT_MAX_OCCURRENCES_PER_FILE, null, null));
    }

    /**
     * Returns a copy that reads floating times (no TZID, no Z) in the given zone, when the
     * calendar names no X-WR-TIMEZONE; the default is UTC.
     *
     * @param zone the zone, not null
     * @return a copy, not null
     */
    public IcalReader withDefaultZone(ZoneId zone) {
        return new IcalReader(organisation, language, Objects.requireNonNull(zone, "zone"), limits, recurrence);
    }

    /**
     * Returns a copy that reads files of at most this many characters; a longer file stops with
     * an {@link IcalException}. Default {@value #DEFAULT_MAX_INPUT_LENGTH}.
     *
     * @param characters the limit, positive
     * @return a copy, not null
     * @throws IllegalArgumentException if the limit is not positive
     */
    public IcalReader withMaxInputLength(long characters) {
        if (characters <= 0) {
            throw new IllegalArgumentException("maxInputLength must be positive: " + characters);
        }
        return with(new ImportLimits(characters, limits.line(), limits.events(), limits.timezones(), limits.issues()));
    }

    /**
     * Returns a copy that reads content lines of at most this many characters once unfolded; a
     * longer line stops with an {@link IcalException}. Default {@value #DEFAULT_MAX_LINE_LENGTH}.
     *
     * @param characters the limit, positive
     * @return a copy, not null
     * @throws IllegalArgumentException if the limit is not positive
     */
    public IcalReader withMaxLineLength(int characters) {
        return with(new ImportLimits(
                limits.input(),
                positive(characters, "maxLineLength"),
                limits.events(),
                limits.timezones(),
                limits.issues()));
    }

    /**
     * Returns a copy that reads files of at most this many events (imported or not); one more
     * stops with an {@link IcalException}. Default {@value #DEFAULT_MAX_EVENTS}.
     *
     * @param events the limit, positive
     * @return a copy, not null
     * @throws IllegalArgumentException if the limit is not positive
     */
    public IcalReader withMaxEvents(int events) {
        return with(new ImportLimits(
                limits.input(), limits.line(), positive(events, "maxEvents"), limits.timezones(), limits.issues()));
    }

    /**
     * Returns a copy that reads files of at most this many VTIMEZONE components; one more stops
     * with an {@link IcalException}. Default {@value #DEFAULT_MAX_TIMEZONES}.
     *
     * @param timezones the limit, positive
     * @return a copy, not null
     * @throws IllegalArgumentException if the limit is not positive
     */
    public IcalReader withMaxTimezones(int timezones) {
        return with(new ImportLimits(
                limits.input(), limits.line(), limits.events(), positive(timezones, "maxTimezones"), limits.issues()));
    }

    /**
     * Returns a copy that lists at most this many issues; one more issue then says how many
     * others were found. Never an error. Default {@value #DEFAULT_MAX_ISSUES}.
     *
     * @param issues the limit, positive
     * @return a copy, not null
     * @throws IllegalArgumentException if the limit is not positive
     */
    public IcalReader withMaxIssues(int issues) {
        return with(new ImportLimits(
                limits.input(), limits.line(), limits.events(), limits.timezones(), positive(issues, "maxIssues")));
    }

    /**
     * Returns the longest file read, in characters.
     *
     * @return the limit
     */
    public long maxInputLength() {
        return limits.input();
    }

    /**
     * Returns the longest content line read, in characters once unfolded.
     *
     * @return the limit
     */
    public int maxLineLength() {
        return limits.line();
    }

    /**
     * Returns the most events read from one file.
     *
     * @return the limit
     */
    public int maxEvents() {
        return limits.events();
    }

    /**
     * Returns the most VTIMEZONE components read from one file.
     *
     * @return the limit
     */
    public int maxTimezones() {
        return limits.timezones();
    }

    /**
     * Returns the most issues listed.
     *
     * @return the limit
     */
    public int maxIssues() {
        return limits.issues();
    }

    /**
     * Returns a copy that imports only the occurrences of recurring events that start in a
     * window: from {@code from}, inclusive, to {@code to}, exclusive (an all-day occurrence
     * starts at midnight in the default zone). An endless rule is then expanded up to
     * {@code to}. Events that do not recur are imported whatever their date.
     *
     * @param from the earliest start, not null
     * @param to the end of the window, after {@code from}, not null
     * @return a copy, not null
     * @throws IllegalArgumentException if {@code to} is not after {@code from}
     * @since 0.1
     */
    public IcalReader withWindow(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("the window must end after it starts: " + from + " to " + to);
        }
        return new IcalReader(
                organisation,
                language,
                defaultZone,
                limits,
                new ImportLimits.Recurrence(recurrence.perRule(), recurrence.perFile(), from, to));
    }

    /**
     * Returns a copy that imports at most this many occurrences of one recurring event; the
     * occurrences after them are left out with one issue. Default
     * {@value #DEFAULT_MAX_OCCURRENCES_PER_RULE}.
     *
     * @param occurrences the limit, positive
     * @return a copy, not null
     * @throws IllegalArgumentException if the limit is not positive
     * @since 0.1
     */
    public IcalReader withMaxOccurrencesPerRule(int occurrences) {
        return new IcalReader(
                organisation,
                language,
                defaultZone,
                limits,
                new ImportLimits.Recurrence(
                        positive(occurrences, "maxOccurrencesPerRule"),
                        recurrence.perFile(),
                        recurrence.from(),
                        recurrence.to()));
    }

    /**
     * Returns a copy that imports at most this many occurrences of all the recurring events of
     * one file; the occurrences after them are left out with one issue. Separate from
     * {@link #withMaxEvents(int)}, which counts VEVENT components. Default
     * {@value #DEFAULT_MAX_OCCURRENCES_PER_FILE}.
     *
     * @param occurrences the limit, positive
     * @return a copy, not null
     * @throws IllegalArgumentException if the limit is not positive
     * @since 0.1
     */
    public IcalReader withMaxOccurrencesPerFile(int occurrences) {
        return new IcalReader(
                organisation,
                language,
                defaultZone,
                limits,
                new ImportLimits.Recurrence(
                        recurrence.perRule(),
                        positive(occurrences, "maxOccurrencesPerFile"),
                        recurrence.from(),
                        recurrence.to()));
    }

    /**
     * Returns the most occurrences imported of one recurring event.
     *
     * @return the limit
     * @since 0.1
     */
    public int maxOccurrencesPerRule() {
        return recurrence.perRule();
    }

    /**
     * Returns the most occurrences imported of all the recurring events of one file.
     *
     * @return the limit
     * @since 0.1
     */
    public int maxOccurrencesPerFile() {
        return recurrence.perFile();
    }

    /**
     * Returns the start of the window of occurrences, if one is set.
     *
     * @return the earliest start, inclusive, or null when none is set
     * @since 0.1
     */
    public @Nullable Instant windowStart() {
        return recurrence.from();
    }

    /**
     * Returns the end of the window of occurrences, if one is set.
     *
     * @return the end, exclusive, or null when none is set
     * @since 0.1
     */
    public @Nullable Instant windowEnd() {
        return recurrence.to();
    }

    private IcalReader with(ImportLimits changed) {
        return new IcalReader(organisation, language, defaultZone, changed, recurrence);
    }

    private static int positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }

    /**
     * Reads a whole file into memory.
     *
     * @param in the iCalendar text, not null; not closed
     * @return the sessions, the cycles of recurring events and the issues, not null
     * @throws IcalException if the file is not iCalendar or breaks a limit, with the line where it breaks
     */
    public IcalImport read(Reader in) {
        List<Session> sessions = new ArrayList<>();
        List<Cycle> cycles = new ArrayList<>();
        List<Organisation> organiser = new ArrayList<>(1);
        List<ImportIssue> issues = parse(in, sessions::add, cycles::add, organiser::add);
        return new IcalImport(sessions, cycles, issues, organiser.isEmpty() ? null : organiser.get(0));
    }

    /**
     * Reads a whole file from UTF-8 bytes.
     *
     * @param in the iCalendar bytes, not null; not closed
     * @return the sessions and the issues, not null
     * @throws IcalException if the file is not iCalendar or breaks a limit, with the line where it breaks
     */
    public IcalImport read(InputStream in) {
        return read(new InputStreamReader(Objects.requireNonNull(in, "in"), StandardCharsets.UTF_8));
    }

    /**
     * Reads iCalendar text.
     *
     * @param text the iCalendar text, not null
     * @return the sessions and the issues, not null
     * @throws IcalException if the text is not iCalendar or breaks a limit, with the line where it breaks
     */
    public IcalImport read(String text) {
        return read(new StringReader(Objects.requireNonNull(text, "text")));
    }

    /**
     * Reads a file event by event, handing each session to a consumer as soon as it is read:
     * memory stays that of one event, whatever the file's size, but for recurring events and
     * their overrides, held until the file ends. An exception thrown by the
     * consumer stops the import and reaches the caller as it is.
     *
     * @param in the iCalendar text, not null; not closed
     * @param sink receives each session, in file order, not null
     * @return the issues, not null
     * @throws IcalException if the file is not iCalendar or breaks a limit, with the line where it breaks
     */
    public List<ImportIssue> read(Reader in, Consumer<Session> sink) {
        return read(in, sink, cycle -> {});
    }

    /**
     * Reads a file event by event, handing each session to one consumer and the cycle of each
     * recurring event, before its sessions, to the other. Events that do not recur are handed
     * out as soon as they are read; recurring events and their overrides are held until the file
     * ends (their overrides may follow them), then expanded.
     *
     * @param in the iCalendar text, not null; not closed
     * @param sink receives each session, not null
     * @param cycles receives the cycle of each recurring event, not null
     * @return the issues, not null
     * @throws IcalException if the file is not iCalendar or breaks a limit, with the line where it breaks
     * @since 0.1
     */
    public List<ImportIssue> read(Reader in, Consumer<Session> sink, Consumer<Cycle> cycles) {
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(cycles, "cycles");
        return parse(in, sink, cycles, found -> {});
    }

    private List<ImportIssue> parse(
            Reader in, Consumer<Session> sink, Consumer<Cycle> cycles, Consumer<Organisation> organiser) {
        Objects.requireNonNull(in, "in");
        // the content-line reader reads blocks into its own buffer: no BufferedReader needed
        return ImportHandler.parse(
                in, organisation, language, defaultZone, limits, recurrence, sink, cycles, organiser);
    }
}
