package io.github.townhall.ical.internal;

import io.github.townhall.cycle.Cycle;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.ical.IcalException;
import io.github.townhall.ical.ImportIssue;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationBuilder;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.place.GeoPoint;
import io.github.townhall.place.Venue;
import io.github.townhall.place.VenueBuilder;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.schedule.OpenEndedSchedule;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.session.CyclePosition;
import io.github.townhall.session.Link;
import io.github.townhall.session.LinkKind;
import io.github.townhall.session.Revision;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionBuilder;
import io.github.townhall.session.SessionFormat;
import io.github.townhall.session.SessionId;
import io.github.townhall.session.SessionStatus;
import io.github.townhall.session.Visibility;
import io.github.townhall.text.Text;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandler;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;
import org.jspecify.annotations.Nullable;

/**
 * Receives iCal4j's parse events and turns each VEVENT into a session as soon as it ends, so a
 * file of any size needs the memory of one event. Values are unescaped and mapped here, not by
 * iCal4j's property model.
 */
public final class ImportHandler implements ContentHandler {
    /** The most properties one component may hold. */
    public static final int MAX_PROPERTIES = 10_000;

    /** The deepest components may nest below VCALENDAR (VEVENT is 1, its VALARM 2). */
    public static final int MAX_DEPTH = 8;

    /** The most topics one event gives (CATEGORIES values); the rest is reported, not kept. */
    public static final int MAX_TOPICS = 200;

    /**
     * The limits of one import.
     *
     * @param input the most characters read
     * @param line the most characters of one unfolded content line
     * @param events the most events
     * @param timezones the most VTIMEZONE components
     * @param issues the most issues listed
     */
    public record Limits(long input, int line, int events, int timezones, int issues) {}

    /**
     * How recurring events are expanded.
     *
     * @param perRule the most occurrences of one recurring event
     * @param perFile the most occurrences of all recurring events of one file
     * @param from the earliest occurrence start kept, inclusive, or null for the DTSTART
     * @param to the latest occurrence start kept, exclusive, or null for the rule's end or the horizon
     */
    public record Recurrence(
            int perRule,
            int perFile,
            @Nullable Instant from,
            @Nullable Instant to) {}

    /** How long after the file's latest DTSTART or RDATE an endless rule is expanded. */
    public static final Period HORIZON = Period.ofYears(2);

    /** A recurring event or an override, kept until the file ends. */
    private record Pending(List<Prop> props, int line, String uid) {}

    /** A limit broken while reading: carried through the parser's exceptions, then unwrapped. */
    static final class LimitException extends IOException {
        private static final long serialVersionUID = 1L;

        private final int line;

        LimitException(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    /** The sink's own exception, carried through the parser unchanged. */
    private static final class SinkException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final RuntimeException thrown;

        SinkException(RuntimeException thrown) {
            super(thrown);
            this.thrown = thrown;
        }
    }

    /** A limit broken by the handler, carried through the parser, then unwrapped. */
    private static final class HandlerLimitException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final LimitException limit;

        HandlerLimitException(LimitException limit) {
            super(limit);
            this.limit = limit;
        }
    }

    private static final Set<String> CONSUMED = Set.of("DTSTAMP", TimeScribe.ASSUMED_END);

    /** A property as read: name, parameters, raw value and line. */
    record Prop(String name, Map<String, String> params, String value, int line) {
        @Nullable
        String param(String key) {
            return params.get(key);
        }
    }

    private final CountingReader counter;
    private final OrganisationId organisation;
    private final Locale language;
    private ZoneId defaultZone;
    private final Consumer<Session> sink;
    private final Consumer<Cycle> cycleSink;
    private @Nullable Organisation organiser;
    private final Limits limits;
    private final Recurrence recurrence;
    private final List<Pending> masters = new ArrayList<>();
    private final List<Pending> overrides = new ArrayList<>();
    private @Nullable Instant latest;
    private int occurrences;
    private boolean fileLimitReported;
    private final List<ImportIssue> issues = new ArrayList<>();
    private final IgnoredProperties ignored = new IgnoredProperties();
    private int droppedIssues;
    private int events;
    private int timezones;

    private final List<String> stack = new ArrayList<>();
    private final Map<String, ZoneId> zones = new HashMap<>();
    private final Map<String, ObservanceZone> customZones = new HashMap<>();
    private final List<Prop> timezone = new ArrayList<>();
    private final List<Prop> event = new ArrayList<>();
    private int componentLine;
    private int eventIssues;
    private boolean topicsCut;
    private boolean zoneFromCalendar;

    private @Nullable String propName;
    private Map<String, String> propParams = new HashMap<>();
    private @Nullable String propValue;
    private int propLine;

    private ImportHandler(
            CountingReader counter,
            OrganisationId organisation,
            Locale language,
            ZoneId defaultZone,
            Limits limits,
            Recurrence recurrence,
            Consumer<Session> sink,
            Consumer<Cycle> cycleSink) {
        this.counter = counter;
        this.organisation = organisation;
        this.language = language;
        this.defaultZone = defaultZone;
        this.limits = limits;
        this.recurrence = recurrence;
        this.sink = sink;
        this.cycleSink = cycleSink;
    }

    /**
     * Parses iCalendar text, handing each session to the sink, and the organiser to its own.
     *
     * @param in the text, not null
     * @param organisation the organisation of the sessions, not null
     * @param language the language of texts without LANGUAGE, not null
     * @param defaultZone the zone of floating times, not null
     * @param limits the limits, not null
     * @param recurrence how recurring events are expanded, not null
     * @param sink receives the sessions, not null
     * @param cycleSink receives the cycle of each recurring event, before its sessions, not null
     * @param organiserSink receives, once the file is read, the organisation named by the first
     *     ORGANIZER with a CN, if any, not null
     * @return the issues, not null
     * @throws IcalException if the text is not iCalendar or breaks a limit
     */
    public static List<ImportIssue> parse(
            Reader in,
            OrganisationId organisation,
            Locale language,
            ZoneId defaultZone,
            Limits limits,
            Recurrence recurrence,
            Consumer<Session> sink,
            Consumer<Cycle> cycleSink,
            Consumer<Organisation> organiserSink) {
        CountingReader counter = new CountingReader(in, limits.input(), limits.line());
        ImportHandler handler =
                new ImportHandler(counter, organisation, language, defaultZone, limits, recurrence, sink, cycleSink);
        try {
            new CalendarParserImpl().parse(new UnfoldingReader(counter, 4096), handler);
        } catch (ParserException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SinkException sinkException) {
                throw sinkException.thrown;
            }
            if (cause instanceof HandlerLimitException limit) {
                throw limitBroken(limit.limit);
            }
            throw new IcalException("Not an iCalendar file: " + e.getMessage(), e.getLineNo(), e);
        } catch (LimitException e) {
            throw limitBroken(e);
        } catch (IOException e) {
            throw new IcalException("Cannot read the iCalendar file", counter.line(), e);
        } catch (SinkException e) {
            throw e.thrown;
        } catch (HandlerLimitException e) {
            throw limitBroken(e.limit);
        } catch (IcalException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IcalException("Cannot read the iCalendar file: " + e.getMessage(), counter.line(), e);
        } catch (StackOverflowError e) {
            throw new IcalException("Cannot read the iCalendar file: it nests too deep", counter.line(), null);
        }
        handler.expandSeries();
        if (handler.organiser != null) {
            organiserSink.accept(handler.organiser);
        }
        ImportIssue summary = handler.ignored.summary();
        if (summary != null) {
            handler.issues.add(summary);
        }
        if (handler.droppedIssues > 0) {
            handler.issues.add(new ImportIssue(
                    counter.line(), "", "", handler.droppedIssues + " more issues were found and not listed"));
        }
        return List.copyOf(handler.issues);
    }

    private static IcalException limitBroken(LimitException e) {
        return new IcalException(e.getMessage() == null ? "A limit is broken" : e.getMessage(), e.line, null);
    }

    private static HandlerLimitException limit(String message, int line) {
        return new HandlerLimitException(new LimitException(message, line));
    }

    @Override
    public void startCalendar() {
        stack.clear();
    }

    @Override
    public void endCalendar() {
        // nothing kept between calendars but the zones
    }

    @Override
    public void startComponent(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        // the parser has read the line break after BEGIN:NAME
        int beginLine = Math.max(1, counter.line() - 1);
        if (stack.size() >= MAX_DEPTH) {
            throw limit(
                    "Components nested more than " + MAX_DEPTH + " deep: " + upper + " inside "
                            + String.join(" > ", stack),
                    beginLine);
        }
        stack.add(upper);
        if (upper.equals("VEVENT") && stack.size() == 1) {
            if (++events > limits.events()) {
                throw limit(
                        "More than " + limits.events() + " events in one file: the limit is"
                                + " IcalReader.withMaxEvents(int)",
                        beginLine);
            }
            event.clear();
            componentLine = counter.line();
            eventIssues = issues.size();
        } else if (upper.equals("VTIMEZONE") && stack.size() == 1) {
            if (++timezones > limits.timezones()) {
                throw limit(
                        "More than " + limits.timezones() + " VTIMEZONE components in one file: the limit is"
                                + " IcalReader.withMaxTimezones(int)",
                        beginLine);
            }
            timezone.clear();
        } else if (stack.size() == 1) {
            issue(counter.line(), "", upper, "component not imported (only VEVENT and VTIMEZONE are read)");
        } else if (stack.get(0).equals("VEVENT")) {
            if (stack.size() == 2 && IgnoredProperties.isIgnoredComponent(upper)) {
                ignored.component(upper, beginLine);
            } else {
                issue(counter.line(), uidOf(event), upper, "component inside an event not imported");
            }
        } else if (stack.get(0).equals("VTIMEZONE")) {
            timezone.add(new Prop("BEGIN", Map.of(), upper, counter.line()));
        }
    }

    @Override
    public void endComponent(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (stack.size() == 1 && upper.equals("VEVENT")) {
            endEvent();
        } else if (stack.size() == 1 && upper.equals("VTIMEZONE")) {
            endTimezone();
        } else if (stack.size() == 2 && stack.get(0).equals("VTIMEZONE")) {
            timezone.add(new Prop("END", Map.of(), upper, counter.line()));
        }
        if (!stack.isEmpty()) {
            stack.remove(stack.size() - 1);
        }
    }

    @Override
    public void startProperty(String name) {
        propName = name.toUpperCase(Locale.ROOT);
        // most properties have no parameter: a map is made for the first one
        propParams = Map.of();
        propValue = null;
        propLine = counter.line();
    }

    @Override
    public void parameter(String name, String value) {
        String clean = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
        if (propParams.isEmpty()) {
            propParams = new HashMap<>(4);
        }
        propParams.put(name.toUpperCase(Locale.ROOT), clean);
    }

    @Override
    public void propertyValue(String value) {
        propValue = value;
    }

    @Override
    public void endProperty(String name) {
        String value = propValue == null ? "" : propValue;
        String key = propName == null ? name.toUpperCase(Locale.ROOT) : propName;
        Prop prop = new Prop(key, propParams, value, propLine);
        if (stack.isEmpty()) {
            calendarProperty(prop);
        } else if (stack.size() == 1 && stack.get(0).equals("VEVENT")) {
            event.add(prop);
            checkSize(event);
        } else if (stack.get(0).equals("VTIMEZONE")) {
            timezone.add(prop);
            checkSize(timezone);
        }
        propName = null;
    }

    private void checkSize(List<Prop> component) {
        if (component.size() > MAX_PROPERTIES) {
            throw limit("More than " + MAX_PROPERTIES + " properties in one " + stack.get(0), propLine);
        }
    }

    private void calendarProperty(Prop prop) {
        if (prop.name().equals("X-WR-TIMEZONE")) {
            ZoneId zone = ianaZone(TextEscaper.unescapeText(prop.value()));
            if (zone != null) {
                defaultZone = zone;
                zoneFromCalendar = true;
            }
        }
    }

    private void endTimezone() {
        String tzid = null;
        String location = null;
        for (Prop prop : timezone) {
            if (prop.name().equals("TZID")) {
                tzid = TextEscaper.unescapeText(prop.value());
            } else if (prop.name().equals("X-LIC-LOCATION")) {
                location = TextEscaper.unescapeText(prop.value());
            }
        }
        if (tzid == null) {
            return;
        }
        ZoneId zone = location == null ? null : ianaZone(location);
        if (zone == null) {
            zone = ianaZone(tzid);
        }
        if (zone != null) {
            zones.put(tzid, zone);
        } else {
            ObservanceZone custom = ObservanceZone.of(timezone);
            if (custom != null) {
                customZones.put(tzid, custom);
            }
        }
    }

    private void endEvent() {
        String uid = uidOf(event);
        if (first("RECURRENCE-ID") != null || first("RRULE") != null || first("RDATE") != null) {
            // expanded when the file ends: its overrides may come after it, and the horizon of
            // an endless rule depends on the file's latest event
            (first("RECURRENCE-ID") != null ? overrides : masters)
                    .add(new Pending(List.copyOf(event), componentLine, uid));
            event.clear();
            return;
        }
        try {
            Session session = toSession(uid);
            if (session != null) {
                noteLatest(session.schedule());
                try {
                    sink.accept(session);
                } catch (RuntimeException e) {
                    throw new SinkException(e);
                }
            }
        } finally {
            event.clear();
            issues.subList(Math.min(eventIssues, issues.size()), issues.size())
                    .sort(java.util.Comparator.comparingInt(ImportIssue::line));
        }
    }

    private @Nullable Session toSession(String uid) {
        Prop start = first("DTSTART");
        if (start == null) {
            issue(componentLine, uid, "DTSTART", "event without DTSTART not imported");
            return null;
        }
        String id = uid;
        if (id.isEmpty()) {
            id = "line-" + componentLine;
            issue(componentLine, uid, "UID", "event without UID; id " + id + " given");
        } else if (id.lastIndexOf('@') > 0) {
            id = id.substring(0, id.lastIndexOf('@'));
        }
        Schedule schedule;
        try {
            schedule = schedule(uid, start);
        } catch (DateTimeException | IllegalArgumentException e) {
            issue(start.line(), uid, "DTSTART", "unreadable date or time, event not imported: " + e.getMessage());
            return null;
        }
        SessionBuilder builder = Session.builder(SessionId.of(id), organisation, schedule);
        int sequence = 0;
        Instant created = null;
        Instant modified = null;
        VenueBuilder venue = Venue.builder();
        boolean hasVenue = false;
        URI conference = null;
        URI url = null;
        URI page = null;
        Prop lifecycle = null;
        SessionStatus status = SessionStatus.SCHEDULED;
        Text description = null;
        String location = null;
        boolean formatMapped = false;
        Set<Text> topics = new LinkedHashSet<>();
        topicsCut = false;
        for (Prop prop : event) {
            try {
                switch (prop.name()) {
                    case "UID", "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID" -> {
                        // mapped above
                    }
                    case "SUMMARY" -> builder.title(text(prop));
                    case "DESCRIPTION" -> description = text(prop);
                    case "LOCATION" -> location = TextEscaper.unescapeText(prop.value());
                    case "GEO" -> {
                        String[] parts = prop.value().split("[;,]");
                        if (parts.length != 2) {
                            throw new IllegalArgumentException("GEO is not latitude;longitude");
                        }
                        venue.coordinates(
                                GeoPoint.of(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim())));
                        hasVenue = true;
                    }
                    case "CONFERENCE" -> {
                        if (conference == null) {
                            conference = new URI(prop.value().trim());
                        } else {
                            issue(prop.line(), uid, prop.name(), "second conference link not imported");
                        }
                    }
                    case "URL" -> url = new URI(prop.value().trim());
                    case UrlScribe.PAGE -> page = new URI(prop.value().trim());
                    case "STATUS" -> status = status(prop, uid);
                    case StatusScribe.LIFECYCLE -> lifecycle = prop;
                    case "SEQUENCE" -> sequence = Integer.parseInt(prop.value().trim());
                    case "CREATED" -> created = instant(prop);
                    case "LAST-MODIFIED" -> modified = instant(prop);
                    case "CATEGORIES" -> formatMapped = categories(prop, uid, formatMapped, builder, topics);
                    case "ATTENDEE" ->
                        issue(
                                prop.line(),
                                uid,
                                prop.name(),
                                "invitation not imported: an attendee of a calendar is someone invited"
                                        + " (PARTSTAT is their reply), not someone who came");
                    case "ORGANIZER" -> organiser(prop);
                    case "CLASS" ->
                        builder.visibility(
                                prop.value().trim().equalsIgnoreCase("PUBLIC")
                                        ? Visibility.PUBLIC
                                        : Visibility.MEMBERS_ONLY);
                    default -> {
                        if (IgnoredProperties.isIgnored(prop.name())) {
                            ignored.property(prop.name(), prop.line());
                        } else if (!CONSUMED.contains(prop.name())) {
                            issue(prop.line(), uid, prop.name(), "property not imported");
                        }
                    }
                }
            } catch (URISyntaxException | IllegalArgumentException | DateTimeException e) {
                issue(prop.line(), uid, prop.name(), "unreadable value not imported: " + e.getMessage());
            }
        }
        if (conference != null) {
            venue.onlineLink(conference);
            hasVenue = true;
        }
        if (location != null && !location.isEmpty()) {
            boolean isConference = conference != null && location.equals(conference.toString());
            URI urlAtLocation = url != null && location.equals(url.toString()) ? url : null;
            if (urlAtLocation != null && conference == null) {
                venue.onlineLink(urlAtLocation);
                conference = urlAtLocation;
                hasVenue = true;
            } else if (!isConference && urlAtLocation == null) {
                venue.name(location);
                hasVenue = true;
            }
        }
        if (hasVenue) {
            builder.venue(venue.build());
        }
        List<Link> links = new ArrayList<>(2);
        if (page != null) {
            links.add(new Link(LinkKind.RELATED, null, page, null, null));
            description = withoutPage(description, page);
        }
        if (url != null && !url.equals(conference) && !url.equals(page)) {
            links.add(new Link(LinkKind.RELATED, null, url, null, null));
        }
        builder.links(links);
        builder.description(description);
        builder.status(
                lifecycle == null ? status : lifecycle(lifecycle, status, schedule instanceof TentativeSchedule, uid));
        builder.topics(List.copyOf(topics));
        builder.revision(new Revision(sequence, created, modified));
        return builder.build();
    }

    private void noteLatest(Schedule schedule) {
        Instant at = startOf(schedule);
        if (at != null && (latest == null || at.isAfter(latest))) {
            latest = at;
        }
    }

    private @Nullable Instant startOf(Schedule schedule) {
        ZonedDateTime exact = schedule.exactStart();
        if (exact != null) {
            return exact.toInstant();
        }
        LocalDate day = schedule.firstDay();
        return day == null ? null : day.atStartOfDay(defaultZone).toInstant();
    }

    /** A recurring event read back: its first session, and where its rule is expanded. */
    private record Series(
            Pending pending,
            Session base,
            Prop start,
            @Nullable ZoneId ruleZone) {}

    /**
     * Expands every recurring event once the file is read, with its overrides: each occurrence
     * a session whose id ends with the occurrence's original start, all of them a cycle.
     */
    private void expandSeries() {
        List<Series> series = new ArrayList<>();
        for (Pending pending : masters) {
            int before = issues.size();
            load(pending);
            Session base = toSession(pending.uid());
            Prop start = first("DTSTART");
            if (base != null && start != null) {
                ZoneId ruleZone = null;
                if (!(base.schedule() instanceof TentativeSchedule)) {
                    String value = start.value().trim();
                    ruleZone = value.endsWith("Z") || value.endsWith("z") ? ZoneOffset.UTC : zoneOf(base.schedule());
                }
                series.add(new Series(pending, base, start, ruleZone));
                noteLatest(base.schedule());
                for (Prop prop : event) {
                    if (prop.name().equals("RDATE")) {
                        List<Temporal> dates;
                        try {
                            dates = dates(prop, ruleZone, base.schedule());
                        } catch (DateTimeException | IllegalArgumentException e) {
                            continue; // reported once, when the series is expanded
                        }
                        for (Temporal date : dates) {
                            Instant at = date instanceof LocalDate day
                                    ? day.atStartOfDay(defaultZone).toInstant()
                                    : ((ZonedDateTime) date).toInstant();
                            if (latest == null || at.isAfter(latest)) {
                                latest = at;
                            }
                        }
                    }
                }
            }
            sortIssues(before);
        }
        Map<String, Map<String, Pending>> byUid = new LinkedHashMap<>();
        for (Pending pending : overrides) {
            load(pending);
            Prop recurrenceId = required("RECURRENCE-ID");
            String key;
            try {
                key = keyOf(recurrenceId, null);
            } catch (DateTimeException | IllegalArgumentException e) {
                issue(
                        recurrenceId.line(),
                        pending.uid(),
                        "RECURRENCE-ID",
                        "unreadable date or time, override not imported: " + e.getMessage());
                continue;
            }
            byUid.computeIfAbsent(pending.uid(), uid -> new LinkedHashMap<>()).put(key, pending);
        }
        for (Series one : series) {
            expand(one, byUid.remove(one.pending().uid()));
        }
        for (Map<String, Pending> orphans : byUid.values()) {
            for (Map.Entry<String, Pending> orphan : orphans.entrySet()) {
                Pending pending = orphan.getValue();
                int before = issues.size();
                load(pending);
                Prop recurrenceId = required("RECURRENCE-ID");
                Session alone = toSession(pending.uid());
                if (alone != null) {
                    issue(
                            recurrenceId.line(),
                            pending.uid(),
                            "RECURRENCE-ID",
                            "override of an occurrence whose recurring event is not in the file: imported alone");
                    sink.accept(alone.withId(SessionId.of(alone.id().value() + "-" + orphan.getKey())));
                }
                sortIssues(before);
            }
        }
        event.clear();
    }

    private void load(Pending pending) {
        event.clear();
        event.addAll(pending.props());
        componentLine = pending.line();
    }

    private void sortIssues(int from) {
        issues.subList(Math.min(from, issues.size()), issues.size())
                .sort(java.util.Comparator.comparingInt(ImportIssue::line));
    }

    private void expand(Series one, @Nullable Map<String, Pending> moved) {
        int before = issues.size();
        load(one.pending());
        String uid = one.pending().uid();
        Session base = one.base();
        Schedule first = base.schedule();
        ZoneId ruleZone = one.ruleZone();
        List<Temporal> starts = new ArrayList<>();
        boolean endless = true;
        Prop rrule = first("RRULE");
        int room = Math.min(recurrence.perRule(), recurrence.perFile() - occurrences);
        if (room <= 0) {
            if (!fileLimitReported) {
                fileLimitReported = true;
                issue(
                        one.start().line(),
                        uid,
                        "RRULE",
                        "more than " + recurrence.perFile() + " occurrences of recurring events in one file:"
                                + " this event and the recurring events after it not imported; the limit is"
                                + " IcalReader.withMaxOccurrencesPerFile(int)");
            }
            sortIssues(before);
            return;
        }
        Temporal seed = ruleZone == null
                ? ((TentativeSchedule) first).from()
                : startOfExact(first).withZoneSameInstant(ruleZone);
        boolean cut = false;
        if (rrule != null) {
            try {
                String[] parts = RecurrenceExpander.splitUntil(rrule.value());
                String rule = parts[0];
                boolean counted = rule.contains("COUNT=");
                endless = !counted && parts[1] == null;
                cut = expandRule(rule, parts[1], seed, endless, room, starts);
            } catch (DateTimeException | IllegalArgumentException e) {
                issue(
                        rrule.line(),
                        uid,
                        "RRULE",
                        "unreadable recurrence rule, only the first occurrence imported: " + e.getMessage());
                starts.clear();
                starts.add(seed);
            }
        } else if (inWindow(seed)) {
            starts.add(seed);
        }
        Set<String> excluded = new HashSet<>();
        for (Prop prop : event) {
            if (prop.name().equals("RDATE") || prop.name().equals("EXDATE")) {
                try {
                    for (Temporal date : dates(prop, ruleZone, first)) {
                        if (prop.name().equals("EXDATE")) {
                            excluded.add(key(date));
                        } else if (inWindow(date)) {
                            starts.add(date);
                        }
                    }
                } catch (DateTimeException | IllegalArgumentException e) {
                    issue(prop.line(), uid, prop.name(), "unreadable date or time not imported: " + e.getMessage());
                }
            }
        }
        Map<String, Temporal> unique = new java.util.TreeMap<>();
        for (Temporal start : starts) {
            String key = key(start);
            if (!excluded.contains(key)) {
                unique.putIfAbsent(key, start);
            }
        }
        List<Temporal> ordered = new ArrayList<>(unique.values());
        ordered.sort(java.util.Comparator.comparing(this::instantOf));
        if (ordered.size() > room) {
            ordered = new ArrayList<>(ordered.subList(0, room));
            cut = true;
        }
        if (cut) {
            boolean byFile = room < recurrence.perRule();
            issue(
                    rrule == null ? one.start().line() : rrule.line(),
                    uid,
                    rrule == null ? "RDATE" : "RRULE",
                    byFile
                            ? "more than " + recurrence.perFile() + " occurrences of recurring events in one file:"
                                    + " the occurrences after " + room + " of this event and the recurring events"
                                    + " after it not imported; the limit is IcalReader.withMaxOccurrencesPerFile(int)"
                            : "more than " + recurrence.perRule() + " occurrences: the occurrences after "
                                    + key(ordered.get(ordered.size() - 1))
                                    + " not imported; the limit is IcalReader.withMaxOccurrencesPerRule(int)");
            if (byFile) {
                fileLimitReported = true;
            }
        }
        occurrences += ordered.size();
        String baseId = base.id().value();
        List<Session> sessions = new ArrayList<>();
        Map<String, Pending> overridden = moved == null ? new HashMap<>() : new LinkedHashMap<>(moved);
        for (Temporal start : ordered) {
            String key = key(start);
            Schedule schedule = shifted(first, start);
            Session occurrence = base.withId(SessionId.of(baseId + "-" + key)).withSchedule(schedule);
            Pending override = overridden.remove(key);
            if (override != null) {
                Session changed = override(override, baseId + "-" + key, schedule);
                if (changed != null) {
                    occurrence = changed;
                }
            }
            sessions.add(occurrence);
        }
        sortIssues(before);
        for (Map.Entry<String, Pending> extra : overridden.entrySet()) {
            int from = issues.size();
            Session changed = override(extra.getValue(), baseId + "-" + extra.getKey(), null);
            if (changed != null && inWindow(changed.schedule())) {
                issue(
                        required("RECURRENCE-ID").line(),
                        uid,
                        "RECURRENCE-ID",
                        "override of " + extra.getKey() + ", which is no occurrence of the rule here:"
                                + " imported as one more occurrence");
                sessions.add(changed);
            }
            sortIssues(from);
        }
        sessions.sort(java.util.Comparator.comparing(
                (Session s) -> startOf(s.schedule()),
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        CycleId cycleId = CycleId.of(baseId);
        Text title = base.title();
        cycleSink.accept(Cycle.builder(cycleId, organisation, title == null ? Text.of(language, baseId) : title)
                .editorial(title == null ? List.of("title") : List.of())
                .build());
        int ordinal = 0;
        for (Session session : sessions) {
            sink.accept(session.withCycle(CyclePosition.of(cycleId, ++ordinal)));
        }
    }

    /**
     * Expands the RRULE into {@code starts}; UNTIL, the window and the horizon of an endless rule
     * bound the expansion.
     *
     * @return whether the limit cut it
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private boolean expandRule(
            String rule, @Nullable String until, Temporal seed, boolean endless, int room, List<Temporal> starts) {
        Instant horizon = (latest == null ? instantOf(seed) : latest)
                .atZone(ZoneOffset.UTC)
                .plus(HORIZON)
                .toInstant();
        Instant to = recurrence.to() != null ? recurrence.to() : endless ? horizon : null;
        Instant from = recurrence.from();
        if (seed instanceof LocalDate day) {
            LocalDate end = to == null ? day.plusYears(1000) : LocalDate.ofInstant(to, defaultZone);
            if (until != null) {
                end = RecurrenceExpander.min(
                        end, Formats.parseDate(until.length() > 8 ? until.substring(0, 8) : until));
            }
            LocalDate start = from == null ? day : LocalDate.ofInstant(from, defaultZone);
            RecurrenceExpander.Expansion<LocalDate> expansion = RecurrenceExpander.expand(rule, day, start, end, room);
            expansion.starts().stream().filter(this::inWindow).forEach(starts::add);
            return expansion.cut();
        }
        ZonedDateTime zoned = (ZonedDateTime) seed;
        ZonedDateTime end = to == null ? zoned.plusYears(1000) : to.atZone(zoned.getZone());
        if (until != null) {
            end = RecurrenceExpander.min(end, untilOf(until, zoned.getZone()));
        }
        ZonedDateTime start = from == null ? zoned : from.atZone(zoned.getZone());
        RecurrenceExpander.Expansion<ZonedDateTime> expansion =
                RecurrenceExpander.expand(rule, zoned, start, end, room);
        expansion.starts().stream().filter(this::inWindow).forEach(starts::add);
        return expansion.cut();
    }

    private static ZonedDateTime untilOf(String until, ZoneId zone) {
        String value = until.trim();
        if (value.length() == 8) {
            // a DATE UNTIL with a DATE-TIME DTSTART: the whole day counts
            return Formats.parseDate(value).plusDays(1).atStartOfDay(zone).minusSeconds(1);
        }
        if (value.endsWith("Z") || value.endsWith("z")) {
            return Formats.parseLocal(value.substring(0, value.length() - 1))
                    .toInstant(ZoneOffset.UTC)
                    .atZone(zone);
        }
        return ZonedDateTime.ofLocal(Formats.parseLocal(value), zone, null);
    }

    private boolean inWindow(Temporal start) {
        Instant at = instantOf(start);
        return (recurrence.from() == null || !at.isBefore(recurrence.from()))
                && (recurrence.to() == null || at.isBefore(recurrence.to()));
    }

    private boolean inWindow(Schedule schedule) {
        Instant at = startOf(schedule);
        return at == null
                || ((recurrence.from() == null || !at.isBefore(recurrence.from()))
                        && (recurrence.to() == null || at.isBefore(recurrence.to())));
    }

    private Instant instantOf(Temporal start) {
        return start instanceof LocalDate day
                ? day.atStartOfDay(defaultZone).toInstant()
                : ((ZonedDateTime) start).toInstant();
    }

    /** The occurrence's key in its id: its original start in UTC, or its date when all-day. */
    private static String key(Temporal start) {
        return start instanceof LocalDate day ? Formats.date(day) : Formats.utc(((ZonedDateTime) start).toInstant());
    }

    private String keyOf(Prop prop, @Nullable ZoneId floating) {
        List<Temporal> dates = dates(prop, floating == null ? defaultZone : floating, null);
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("no date");
        }
        return key(dates.get(0));
    }

    private static @Nullable ZoneId zoneOf(Schedule schedule) {
        if (schedule instanceof ExactSchedule exact) {
            return exact.zone();
        }
        if (schedule instanceof OpenEndedSchedule open) {
            return open.zone();
        }
        return null;
    }

    /** The schedule of the event moved to another start, with the same length. */
    private static Schedule shifted(Schedule first, Temporal start) {
        if (first instanceof TentativeSchedule tentative) {
            LocalDate day = start instanceof LocalDate date ? date : ((ZonedDateTime) start).toLocalDate();
            return TentativeSchedule.of(
                    day,
                    day.plusDays(tentative.to().toEpochDay() - tentative.from().toEpochDay()));
        }
        ZoneId zone = java.util.Objects.requireNonNull(zoneOf(first), "zone");
        LocalDateTime local = start instanceof LocalDate date
                ? date.atTime(startOfExact(first).toLocalTime())
                : ((ZonedDateTime) start).withZoneSameInstant(zone).toLocalDateTime();
        if (first instanceof ExactSchedule exact) {
            return ExactSchedule.of(local, local.plus(Duration.between(exact.start(), exact.end())), zone);
        }
        return OpenEndedSchedule.of(local.toLocalDate(), local.toLocalTime(), zone);
    }

    /**
     * The session of an override: its own properties, the occurrence's id, and the original
     * schedule among the earlier ones when it moved.
     */
    private @Nullable Session override(Pending pending, String id, @Nullable Schedule original) {
        load(pending);
        Prop recurrenceId = required("RECURRENCE-ID");
        String range = recurrenceId.param("RANGE");
        if (range != null && range.equalsIgnoreCase("THISANDFUTURE")) {
            issue(
                    recurrenceId.line(),
                    pending.uid(),
                    "RECURRENCE-ID",
                    "RANGE=THISANDFUTURE not applied: only this occurrence changed, the later ones keep the rule");
        }
        Session changed = toSession(pending.uid());
        if (changed == null) {
            return null;
        }
        changed = changed.withId(SessionId.of(id));
        if (original != null && !java.util.Objects.equals(startOf(original), startOf(changed.schedule()))) {
            changed = changed.withEarlierSchedules(List.of(original));
        }
        return changed;
    }

    /**
     * Reads the dates of DTSTART, RDATE, EXDATE or RECURRENCE-ID: DATE values as dates when the
     * event is all-day (or {@code like} is null), times in their TZID, in UTC, or floating in
     * {@code floating}.
     */
    private List<Temporal> dates(Prop prop, @Nullable ZoneId floating, @Nullable Schedule like) {
        List<Temporal> dates = new ArrayList<>();
        boolean allDay = like instanceof TentativeSchedule;
        for (String raw : prop.value().split(",")) {
            String value = raw.trim();
            int slash = value.indexOf('/');
            if (slash >= 0) {
                value = value.substring(0, slash);
            }
            if (value.isEmpty()) {
                continue;
            }
            if (value.length() == 8) {
                LocalDate day = Formats.parseDate(value);
                dates.add(
                        allDay || like == null || floating == null
                                ? day
                                : ZonedDateTime.ofLocal(
                                        day.atTime(startOfExact(like)
                                                .withZoneSameInstant(floating)
                                                .toLocalTime()),
                                        floating,
                                        null));
                continue;
            }
            ZonedDateTime time;
            if (value.endsWith("Z") || value.endsWith("z")) {
                time = Formats.parseLocal(value.substring(0, value.length() - 1))
                        .atZone(ZoneOffset.UTC);
            } else {
                LocalDateTime local = Formats.parseLocal(value);
                String tzid = prop.param("TZID");
                ZoneId zone = tzid == null ? null : zones.get(tzid);
                if (zone == null && tzid != null) {
                    zone = ianaZone(tzid);
                }
                ObservanceZone custom = zone == null && tzid != null ? customZones.get(tzid) : null;
                if (custom != null) {
                    zone = custom.offsetAt(local);
                }
                if (zone == null) {
                    zone = floating == null ? defaultZone : floating;
                }
                time = ZonedDateTime.ofLocal(local, zone, null);
            }
            dates.add(allDay ? time.toLocalDate() : floating == null ? time : time.withZoneSameInstant(floating));
        }
        return dates;
    }

    private Schedule schedule(String uid, Prop start) {
        Prop end = first("DTEND");
        Prop duration = first("DURATION");
        boolean assumed = first(TimeScribe.ASSUMED_END) != null;
        if (isDate(start)) {
            LocalDate from = Formats.parseDate(start.value().trim());
            LocalDate to = from;
            if (end != null) {
                String value = end.value().trim();
                to = Formats.parseDate(value.length() > 8 ? value.substring(0, 8) : value)
                        .minusDays(1);
            } else if (duration != null) {
                to = from.plusDays(
                        Math.max(1, Duration.parse(duration.value().trim()).toDays()) - 1);
            }
            return TentativeSchedule.of(from, to.isBefore(from) ? from : to);
        }
        ZonedDateTime zonedStart = dateTime(start, uid);
        ZoneId zone = zonedStart.getZone();
        if (assumed || (end == null && duration == null)) {
            return OpenEndedSchedule.of(zonedStart.toLocalDate(), zonedStart.toLocalTime(), zone);
        }
        ZonedDateTime zonedEnd;
        if (end != null) {
            zonedEnd = dateTime(end, uid).withZoneSameInstant(zone);
        } else if (duration != null) {
            zonedEnd = plus(zonedStart, duration.value().trim());
        } else {
            return OpenEndedSchedule.of(zonedStart.toLocalDate(), zonedStart.toLocalTime(), zone);
        }
        return ExactSchedule.of(zonedStart.toLocalDateTime(), zonedEnd.toLocalDateTime(), zone);
    }

    private static ZonedDateTime plus(ZonedDateTime start, String duration) {
        String value = duration.startsWith("+") ? duration.substring(1) : duration;
        int t = value.indexOf('T');
        if (value.endsWith("W")) {
            return start.plusWeeks(Long.parseLong(value.substring(1, value.length() - 1)));
        }
        ZonedDateTime result = start;
        String datePart = t < 0 ? value : value.substring(0, t);
        if (datePart.length() > 1) {
            result = result.plus(Period.parse(datePart));
        }
        if (t >= 0) {
            result = result.plus(Duration.parse("P" + value.substring(t)));
        }
        return result;
    }

    private ZonedDateTime dateTime(Prop prop, String uid) {
        String value = prop.value().trim();
        if (value.endsWith("Z") || value.endsWith("z")) {
            Instant instant =
                    Formats.parseLocal(value.substring(0, value.length() - 1)).toInstant(ZoneOffset.UTC);
            return instant.atZone(zoneFromCalendar ? defaultZone : ZoneOffset.UTC);
        }
        LocalDateTime local = Formats.parseLocal(value);
        String tzid = prop.param("TZID");
        if (tzid == null) {
            issue(prop.line(), uid, prop.name(), "floating time read in " + defaultZone.getId());
            return ZonedDateTime.of(local, defaultZone);
        }
        ZoneId zone = zones.get(tzid);
        if (zone == null) {
            zone = ianaZone(tzid);
        }
        ObservanceZone custom = zone == null ? customZones.get(tzid) : null;
        if (custom != null) {
            issue(
                    prop.line(),
                    uid,
                    prop.name(),
                    "time zone '" + tzid + "' is no IANA zone; time kept at the offset its VTIMEZONE gives");
            return ZonedDateTime.of(local, custom.offsetAt(local));
        }
        if (zone == null) {
            issue(prop.line(), uid, prop.name(), "unknown time zone '" + tzid + "' read as " + defaultZone.getId());
            zone = defaultZone;
        }
        return ZonedDateTime.ofLocal(local, zone, null);
    }

    private static boolean isDate(Prop prop) {
        String type = prop.param("VALUE");
        return (type != null && type.equalsIgnoreCase("DATE"))
                || prop.value().trim().length() == 8;
    }

    private static Instant instant(Prop prop) {
        String value = prop.value().trim();
        String local = value.endsWith("Z") ? value.substring(0, value.length() - 1) : value;
        return Formats.parseLocal(local).toInstant(ZoneOffset.UTC);
    }

    private Text text(Prop prop) {
        String tag = prop.param("LANGUAGE");
        Locale locale = tag == null || tag.isBlank() ? language : Locale.forLanguageTag(tag);
        return Text.of(locale, TextEscaper.unescapeText(prop.value()));
    }

    /**
     * X-TOWNHALL-STATUS: the status our feeds write where STATUS alone reads as another; kept when
     * STATUS, as we write it, agrees (a calendar that changed STATUS since is believed).
     */
    private SessionStatus lifecycle(Prop prop, SessionStatus status, boolean tentativePeriod, String uid) {
        SessionStatus lifecycle;
        try {
            lifecycle = SessionStatus.valueOf(prop.value().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            issue(prop.line(), uid, prop.name(), "unknown status '" + prop.value() + "' not imported");
            return status;
        }
        if (StatusScribe.read(StatusScribe.status(lifecycle, tentativePeriod)) == status) {
            return lifecycle;
        }
        issue(
                prop.line(),
                uid,
                prop.name(),
                prop.value().trim() + " contradicts STATUS; read as "
                        + status.name().toLowerCase(Locale.ROOT));
        return status;
    }

    /**
     * Removes the session page's line that our feeds write at the end of DESCRIPTION ("Page de la
     * séance : ..."), so that writing the session again does not repeat it.
     */
    private static @Nullable Text withoutPage(@Nullable Text description, URI page) {
        if (description == null) {
            return null;
        }
        String value = description.original();
        for (Labels labels : new Labels[] {Labels.FRENCH, Labels.ENGLISH}) {
            String line = labels.page() + labels.colon() + page;
            if (value.equals(line)) {
                return null;
            }
            if (value.endsWith("\n\n" + line)) {
                return Text.of(description.originalLanguage(), value.substring(0, value.length() - line.length() - 2));
            }
        }
        return description;
    }

    /**
     * ORGANIZER: the first one with a name (CN) names the organisation of the import, with its
     * e-mail (a mailto address) or website (an http or https address); the others are read as
     * that same organisation.
     */
    private void organiser(Prop prop) throws URISyntaxException {
        String name = prop.param("CN");
        if (organiser != null || name == null || name.isBlank()) {
            return;
        }
        OrganisationBuilder builder = Organisation.builder(organisation, name.strip());
        String address = prop.value().trim();
        if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
            builder.email(address.substring(7));
        } else if (address.regionMatches(true, 0, "http://", 0, 7)
                || address.regionMatches(true, 0, "https://", 0, 8)) {
            builder.website(new URI(address));
        }
        organiser = builder.build();
    }

    private SessionStatus status(Prop prop, String uid) {
        return switch (prop.value().trim().toUpperCase(Locale.ROOT)) {
            case "TENTATIVE" -> SessionStatus.PLANNED;
            case "CANCELLED" -> SessionStatus.CANCELLED;
            case "CONFIRMED" -> SessionStatus.SCHEDULED;
            default -> {
                issue(prop.line(), uid, "STATUS", "unknown status '" + prop.value() + "' read as scheduled");
                yield SessionStatus.SCHEDULED;
            }
        };
    }

    /**
     * CATEGORIES: the first value that names a format (in French or English) gives the format,
     * once per event; every other value is a topic, in the property's LANGUAGE, once, up to
     * {@link #MAX_TOPICS} (one issue tells what is left out).
     */
    private boolean categories(Prop prop, String uid, boolean formatMapped, SessionBuilder builder, Set<Text> topics) {
        boolean mapped = formatMapped;
        String tag = prop.param("LANGUAGE");
        Locale locale = tag == null || tag.isBlank() ? language : Locale.forLanguageTag(tag);
        for (String raw : splitList(prop.value())) {
            String category = TextEscaper.unescapeText(raw).trim();
            if (category.isEmpty()) {
                continue;
            }
            SessionFormat format = mapped ? null : Labels.formatOf(category);
            if (format != null) {
                builder.format(format);
                mapped = true;
            } else if (topics.size() < MAX_TOPICS) {
                topics.add(Text.of(locale, category));
            } else {
                if (!topicsCut) {
                    topicsCut = true;
                    int cut = Character.isHighSurrogate(category.charAt(Math.min(39, category.length() - 1))) ? 39 : 40;
                    String shown = category.length() > 40 ? category.substring(0, cut) + "…" : category;
                    issue(
                            prop.line(),
                            uid,
                            prop.name(),
                            "more than " + MAX_TOPICS + " categories in one event: '" + shown
                                    + "' and the categories after it not imported");
                }
                return mapped;
            }
        }
        return mapped;
    }

    /** Splits a list of TEXT values at its unescaped commas, leaving the escapes in place. */
    static List<String> splitList(String value) {
        List<String> values = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ',') {
                values.add(value.substring(start, i));
                start = i + 1;
            }
        }
        values.add(value.substring(start));
        return values;
    }

    /** The property that this component is known to have (an override's RECURRENCE-ID). */
    private Prop required(String name) {
        Prop prop = first(name);
        if (prop == null) {
            throw new IllegalStateException("no " + name);
        }
        return prop;
    }

    /** The start of a schedule known to have an exact start (not all-day). */
    private static ZonedDateTime startOfExact(Schedule schedule) {
        return java.util.Objects.requireNonNull(schedule.exactStart(), "exactStart");
    }

    private @Nullable Prop first(String name) {
        for (Prop prop : event) {
            if (prop.name().equals(name)) {
                return prop;
            }
        }
        return null;
    }

    private static String uidOf(List<Prop> props) {
        for (Prop prop : props) {
            if (prop.name().equals("UID")) {
                return TextEscaper.unescapeText(prop.value()).trim();
            }
        }
        return "";
    }

    private void issue(int line, String uid, String property, String message) {
        if (issues.size() < limits.issues()) {
            issues.add(new ImportIssue(line, uid, property, message));
        } else {
            droppedIssues++;
        }
    }

    /**
     * Finds the IANA zone a TZID names: itself, a known Outlook name, or an IANA id at its end
     * ({@code /mozilla.org/20050126_1/Europe/Paris}).
     *
     * @param tzid the TZID, not null
     * @return the zone, or null
     */
    static @Nullable ZoneId ianaZone(String tzid) {
        String id = tzid.trim();
        try {
            if (id.contains("/") || id.equals("UTC") || id.equals("GMT")) {
                return ZoneId.of(id);
            }
        } catch (DateTimeException e) {
            // not an IANA id as such; try the other forms
        }
        String windows = WindowsZones.IANA.get(id);
        if (windows != null) {
            return ZoneId.of(windows);
        }
        // An IANA id has at most three segments (America/Argentina/Buenos_Aires): only the
        // last three are tried, so a hostile TZID of many slashes costs no more than a short one.
        int cut = id.length();
        Set<String> available = null;
        for (int segments = 1; segments <= 3; segments++) {
            cut = id.lastIndexOf('/', cut - 1);
            if (cut < 0) {
                break;
            }
            if (segments == 1) {
                continue;
            }
            String candidate = id.substring(cut + 1);
            if (available == null) {
                available = ZoneId.getAvailableZoneIds();
            }
            if (available.contains(candidate)) {
                return ZoneId.of(candidate);
            }
        }
        return null;
    }

    /**
     * A reader that counts the lines it has handed out, for issues and errors, and enforces the
     * limits of the file's length and of one unfolded content line (a line break followed by a
     * space or a tab continues the line).
     */
    static final class CountingReader extends FilterReader {
        private final long maxInput;
        private final int maxLine;
        private int newlines;
        private long total;
        private int lineLength;
        private boolean afterBreak;

        CountingReader(Reader in, long maxInput, int maxLine) {
            super(in);
            this.maxInput = maxInput;
            this.maxLine = maxLine;
        }

        int line() {
            return newlines + 1;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, Math.min(length, 1));
            for (int i = 0; i < n; i++) {
                count(buffer[offset + i]);
            }
            return n;
        }

        private void count(char c) throws LimitException {
            if (++total > maxInput) {
                throw new LimitException(
                        "The file is longer than " + maxInput + " characters: the limit is"
                                + " IcalReader.withMaxInputLength(long)",
                        line());
            }
            if (afterBreak && c != ' ' && c != '\t') {
                lineLength = 0;
            }
            afterBreak = false;
            if (c == '\n') {
                newlines++;
                afterBreak = true;
            } else if (c != '\r' && ++lineLength > maxLine) {
                throw new LimitException(
                        "A content line is longer than " + maxLine + " characters: the limit is"
                                + " IcalReader.withMaxLineLength(int)",
                        line());
            }
        }
    }
}
