package io.github.townhall.ical.internal;

import io.github.townhall.cycle.Cycle;
import io.github.townhall.ical.IcalException;
import io.github.townhall.ical.ImportIssue;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.session.Session;
import java.io.IOException;
import java.io.Reader;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Receives the content lines of {@link ContentLineReader} and turns each VEVENT into a session as soon as it ends, so a file
 * of any size needs the memory of one event. It keeps the nesting of components and the limits;
 * the zones are {@link ZoneResolver}'s, each property is read by the reader beside its scribe
 * (through {@link EventReader}), recurring events are {@link SeriesExpander}'s.
 */
public final class ImportHandler implements ContentLineReader.Handler {
    private final ContentLineReader reader;
    private final ImportLimits limits;
    private final Consumer<Session> sink;
    private final ImportIssues issues;
    private final ZoneResolver zones;
    private final EventReader events;
    private final SeriesExpander series;
    private int eventCount;
    private int timezoneCount;

    private final List<String> stack = new ArrayList<>();
    private final List<ContentLine> timezone = new ArrayList<>();
    private final List<ContentLine> event = new ArrayList<>();
    private final List<Unreadable> unreadable = new ArrayList<>();

    /** A line of the current event that is no property, reported once the event's UID is known. */
    private record Unreadable(String name, int line, String message) {}

    private int componentLine;
    private int eventIssues;

    private ImportHandler(
            ContentLineReader reader,
            OrganisationId organisation,
            Locale language,
            ZoneId defaultZone,
            ImportLimits limits,
            ImportLimits.Recurrence recurrence,
            Consumer<Session> sink,
            Consumer<Cycle> cycleSink) {
        this.reader = reader;
        this.limits = limits;
        this.sink = sink;
        this.issues = new ImportIssues(limits.issues());
        this.zones = new ZoneResolver(defaultZone);
        this.events = new EventReader(organisation, language, zones, issues);
        this.series = new SeriesExpander(organisation, language, recurrence, events, zones, issues, sink, cycleSink);
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
            ImportLimits limits,
            ImportLimits.Recurrence recurrence,
            Consumer<Session> sink,
            Consumer<Cycle> cycleSink,
            Consumer<Organisation> organiserSink) {
        ContentLineReader reader = new ContentLineReader(in, limits);
        ImportHandler handler =
                new ImportHandler(reader, organisation, language, defaultZone, limits, recurrence, sink, cycleSink);
        try {
            reader.parse(handler);
        } catch (ImportAbort e) {
            throw e.thrown();
        } catch (IOException e) {
            throw new IcalException("Cannot read the iCalendar file", reader.line(), e);
        } catch (IcalException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IcalException("Cannot read the iCalendar file: " + e.getMessage(), reader.line(), e);
        } catch (StackOverflowError e) {
            throw new IcalException("Cannot read the iCalendar file: it nests too deep", reader.line(), null);
        }
        handler.series.expandAll();
        Organisation organiser = handler.events.organiser();
        if (organiser != null) {
            organiserSink.accept(organiser);
        }
        return handler.issues.finish(reader.line());
    }

    @Override
    public void startCalendar() {
        stack.clear();
    }

    @Override
    public void startComponent(String name, int beginLine) {
        String upper = name.toUpperCase(Locale.ROOT);
        // the line after BEGIN names an event without UID (line-N) and its component issues
        int after = beginLine + 1;
        ImportLimits.checkDepth(stack, upper, beginLine);
        stack.add(upper);
        if (upper.equals("VEVENT") && stack.size() == 1) {
            limits.checkEvents(++eventCount, beginLine);
            event.clear();
            unreadable.clear();
            componentLine = after;
            eventIssues = issues.size();
        } else if (upper.equals("VTIMEZONE") && stack.size() == 1) {
            limits.checkTimezones(++timezoneCount, beginLine);
            timezone.clear();
        } else if (stack.size() == 1) {
            issues.add(after, "", upper, "component not imported (only VEVENT and VTIMEZONE are read)");
        } else if (stack.get(0).equals("VEVENT")) {
            if (stack.size() == 2 && IgnoredProperties.isIgnoredComponent(upper)) {
                issues.ignored().component(upper, beginLine);
            } else {
                issues.add(after, UidReader.uid(event), upper, "component inside an event not imported");
            }
        } else if (stack.get(0).equals("VTIMEZONE")) {
            timezone.add(new ContentLine("BEGIN", Map.of(), upper, after));
        }
    }

    @Override
    public void endComponent(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (stack.size() == 1 && upper.equals("VEVENT")) {
            endEvent();
        } else if (stack.size() == 1 && upper.equals("VTIMEZONE")) {
            zones.timezone(timezone);
        } else if (stack.size() == 2 && stack.get(0).equals("VTIMEZONE")) {
            timezone.add(new ContentLine("END", Map.of(), upper, reader.line()));
        }
        if (!stack.isEmpty()) {
            stack.remove(stack.size() - 1);
        }
    }

    @Override
    public void property(ContentLine prop) {
        if (stack.isEmpty()) {
            zones.calendarProperty(prop);
        } else if (stack.size() == 1 && stack.get(0).equals("VEVENT")) {
            event.add(prop);
            ImportLimits.checkProperties(event.size() + unreadable.size(), stack.get(0), prop.line());
        } else if (stack.get(0).equals("VTIMEZONE")) {
            timezone.add(prop);
            ImportLimits.checkProperties(timezone.size(), stack.get(0), prop.line());
        }
    }

    @Override
    public void unreadable(String name, int line, String why) {
        String message = "unreadable line not imported: " + why;
        if (!stack.isEmpty() && stack.get(0).equals("VEVENT")) {
            // reported with the event's UID, once the event is read; counted with its properties,
            // so that what is held for one event stays bounded
            unreadable.add(new Unreadable(name, line, message));
            ImportLimits.checkProperties(event.size() + unreadable.size(), stack.get(0), line);
        } else {
            issues.add(line, "", name, message);
        }
    }

    private void endEvent() {
        String uid = UidReader.uid(event);
        for (Unreadable line : unreadable) {
            issues.add(line.line(), uid, line.name(), line.message());
        }
        unreadable.clear();
        if (series.keep(event, componentLine, uid)) {
            event.clear();
            return;
        }
        try {
            Session session = events.read(event, componentLine, uid);
            if (session != null) {
                series.noteLatest(session.schedule());
                try {
                    sink.accept(session);
                } catch (RuntimeException e) {
                    throw ImportAbort.of(e);
                }
            }
        } finally {
            event.clear();
            issues.sortFrom(eventIssues);
        }
    }
}
