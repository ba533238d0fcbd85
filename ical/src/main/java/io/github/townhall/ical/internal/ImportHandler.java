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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandler;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;
import org.jspecify.annotations.Nullable;

/**
 * Receives the parser's events and turns each VEVENT into a session as soon as it ends, so a file
 * of any size needs the memory of one event. It keeps the nesting of components and the limits;
 * the zones are {@link ZoneResolver}'s, each property is read by the reader beside its scribe
 * (through {@link EventReader}), recurring events are {@link SeriesExpander}'s.
 */
public final class ImportHandler implements ContentHandler {
    private final CountingReader counter;
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
    private int componentLine;
    private int eventIssues;

    private @Nullable String propName;
    private Map<String, String> propParams = new HashMap<>();
    private @Nullable String propValue;
    private int propLine;

    private ImportHandler(
            CountingReader counter,
            OrganisationId organisation,
            Locale language,
            ZoneId defaultZone,
            ImportLimits limits,
            ImportLimits.Recurrence recurrence,
            Consumer<Session> sink,
            Consumer<Cycle> cycleSink) {
        this.counter = counter;
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
        CountingReader counter = new CountingReader(in, limits);
        ImportHandler handler =
                new ImportHandler(counter, organisation, language, defaultZone, limits, recurrence, sink, cycleSink);
        try {
            new CalendarParserImpl().parse(new UnfoldingReader(counter, 4096), handler);
        } catch (ParserException e) {
            if (e.getCause() instanceof ImportAbort abort) {
                throw abort.thrown();
            }
            throw new IcalException("Not an iCalendar file: " + e.getMessage(), e.getLineNo(), e);
        } catch (ImportAbort e) {
            throw e.thrown();
        } catch (IOException e) {
            throw new IcalException("Cannot read the iCalendar file", counter.line(), e);
        } catch (IcalException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IcalException("Cannot read the iCalendar file: " + e.getMessage(), counter.line(), e);
        } catch (StackOverflowError e) {
            throw new IcalException("Cannot read the iCalendar file: it nests too deep", counter.line(), null);
        }
        handler.series.expandAll();
        Organisation organiser = handler.events.organiser();
        if (organiser != null) {
            organiserSink.accept(organiser);
        }
        return handler.issues.finish(counter.line());
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
        ImportLimits.checkDepth(stack, upper, beginLine);
        stack.add(upper);
        if (upper.equals("VEVENT") && stack.size() == 1) {
            limits.checkEvents(++eventCount, beginLine);
            event.clear();
            componentLine = counter.line();
            eventIssues = issues.size();
        } else if (upper.equals("VTIMEZONE") && stack.size() == 1) {
            limits.checkTimezones(++timezoneCount, beginLine);
            timezone.clear();
        } else if (stack.size() == 1) {
            issues.add(counter.line(), "", upper, "component not imported (only VEVENT and VTIMEZONE are read)");
        } else if (stack.get(0).equals("VEVENT")) {
            if (stack.size() == 2 && IgnoredProperties.isIgnoredComponent(upper)) {
                issues.ignored().component(upper, beginLine);
            } else {
                issues.add(counter.line(), UidReader.uid(event), upper, "component inside an event not imported");
            }
        } else if (stack.get(0).equals("VTIMEZONE")) {
            timezone.add(new ContentLine("BEGIN", Map.of(), upper, counter.line()));
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
            timezone.add(new ContentLine("END", Map.of(), upper, counter.line()));
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
        ContentLine prop = new ContentLine(key, propParams, value, propLine);
        if (stack.isEmpty()) {
            zones.calendarProperty(prop);
        } else if (stack.size() == 1 && stack.get(0).equals("VEVENT")) {
            event.add(prop);
            ImportLimits.checkProperties(event.size(), stack.get(0), propLine);
        } else if (stack.get(0).equals("VTIMEZONE")) {
            timezone.add(prop);
            ImportLimits.checkProperties(timezone.size(), stack.get(0), propLine);
        }
        propName = null;
    }

    private void endEvent() {
        String uid = UidReader.uid(event);
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
