package io.github.townhall.ical.internal;

import io.github.townhall.cycle.Cycle;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.schedule.OpenEndedSchedule;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.session.CyclePosition;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionId;
import io.github.townhall.text.Text;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The recurring events of one import (RRULE, RDATE, EXDATE) and their overrides (RECURRENCE-ID),
 * kept as read until the file ends, then expanded: each occurrence a session whose id ends with
 * the occurrence's original start, all of them a cycle.
 */
final class SeriesExpander {
    /** How long after the file's latest DTSTART or RDATE an endless rule is expanded. */
    static final Period HORIZON = Period.ofYears(2);

    /** A recurring event or an override, kept until the file ends. */
    private record Pending(List<ContentLine> props, int line, String uid) {}

    /** A recurring event read back: its first session, and where its rule is expanded. */
    private record Series(
            Pending pending,
            Session base,
            ContentLine start,
            @Nullable ZoneId ruleZone) {}

    /** An occurrence to import: its key in the id, its original start and that start's instant. */
    private record Occurrence(String key, Temporal start, Instant at) {}

    /**
     * A session of a series before its place in the cycle is known: an occurrence of the rule
     * (its id and schedule) or an override read ({@code changed}, which has its own).
     */
    private record Slot(@Nullable Session changed, SessionId id, Schedule schedule) {}

    private final OrganisationId organisation;
    private final Locale language;
    private final ImportLimits.Recurrence recurrence;
    private final EventReader events;
    private final ZoneResolver zones;
    private final ImportIssues issues;
    private final Consumer<Session> sink;
    private final Consumer<Cycle> cycleSink;
    private final List<Pending> masters = new ArrayList<>();
    private final List<Pending> overrides = new ArrayList<>();
    private @Nullable Instant latest;
    private int occurrences;
    private boolean fileLimitReported;

    SeriesExpander(
            OrganisationId organisation,
            Locale language,
            ImportLimits.Recurrence recurrence,
            EventReader events,
            ZoneResolver zones,
            ImportIssues issues,
            Consumer<Session> sink,
            Consumer<Cycle> cycleSink) {
        this.organisation = organisation;
        this.language = language;
        this.recurrence = recurrence;
        this.events = events;
        this.zones = zones;
        this.issues = issues;
        this.sink = sink;
        this.cycleSink = cycleSink;
    }

    /**
     * Keeps an event if it recurs or overrides an occurrence: expanded when the file ends, since
     * its overrides may come after it and the horizon of an endless rule depends on the file's
     * latest event.
     *
     * @param event its properties, not null
     * @param line the line of its BEGIN
     * @param uid its UID, not null
     * @return whether it was kept
     */
    boolean keep(List<ContentLine> event, int line, String uid) {
        boolean override = ContentLine.first(event, "RECURRENCE-ID") != null;
        if (override || ContentLine.first(event, "RRULE") != null || ContentLine.first(event, "RDATE") != null) {
            (override ? overrides : masters).add(new Pending(List.copyOf(event), line, uid));
            return true;
        }
        return false;
    }

    /**
     * Notes the start of a session, for the horizon of endless rules.
     *
     * @param schedule its schedule, not null
     */
    void noteLatest(Schedule schedule) {
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
        return day == null ? null : day.atStartOfDay(zones.defaultZone()).toInstant();
    }

    /** Expands every recurring event kept, with its overrides, once the file is read. */
    void expandAll() {
        List<Series> series = new ArrayList<>();
        for (Pending pending : masters) {
            int before = issues.size();
            Session base = events.read(pending.props(), pending.line(), pending.uid());
            ContentLine start = ContentLine.first(pending.props(), "DTSTART");
            if (base != null && start != null) {
                ZoneId ruleZone = null;
                if (!(base.schedule() instanceof TentativeSchedule)) {
                    String value = start.value().trim();
                    ruleZone = value.endsWith("Z") || value.endsWith("z") ? ZoneOffset.UTC : zoneOf(base.schedule());
                }
                series.add(new Series(pending, base, start, ruleZone));
                noteLatest(base.schedule());
                for (ContentLine prop : pending.props()) {
                    if (prop.name().equals("RDATE")) {
                        List<Temporal> dates;
                        try {
                            dates = dates(prop, ruleZone, base.schedule());
                        } catch (DateTimeException | IllegalArgumentException e) {
                            continue; // reported once, when the series is expanded
                        }
                        for (Temporal date : dates) {
                            Instant at = instantOf(date);
                            if (latest == null || at.isAfter(latest)) {
                                latest = at;
                            }
                        }
                    }
                }
            }
            issues.sortFrom(before);
        }
        Map<String, Map<String, Pending>> byUid = new LinkedHashMap<>();
        for (Pending pending : overrides) {
            ContentLine recurrenceId = required(pending);
            String key;
            try {
                key = keyOf(recurrenceId);
            } catch (DateTimeException | IllegalArgumentException e) {
                issues.add(
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
                ContentLine recurrenceId = required(pending);
                Session alone = events.read(pending.props(), pending.line(), pending.uid());
                if (alone != null) {
                    issues.add(
                            recurrenceId.line(),
                            pending.uid(),
                            "RECURRENCE-ID",
                            "override of an occurrence whose recurring event is not in the file: imported alone");
                    sink.accept(alone.withId(SessionId.of(alone.id().value() + "-" + orphan.getKey())));
                }
                issues.sortFrom(before);
            }
        }
    }

    /** The RECURRENCE-ID of an override, which it is known to have. */
    private static ContentLine required(Pending pending) {
        ContentLine prop = ContentLine.first(pending.props(), "RECURRENCE-ID");
        if (prop == null) {
            throw new IllegalStateException("no RECURRENCE-ID");
        }
        return prop;
    }

    private void expand(Series one, @Nullable Map<String, Pending> moved) {
        int before = issues.size();
        List<ContentLine> event = one.pending().props();
        String uid = one.pending().uid();
        Session base = one.base();
        Schedule first = base.schedule();
        ZoneId ruleZone = one.ruleZone();
        List<Temporal> starts = new ArrayList<>();
        boolean endless = true;
        ContentLine rrule = ContentLine.first(event, "RRULE");
        int room = Math.min(recurrence.perRule(), recurrence.perFile() - occurrences);
        if (room <= 0) {
            if (!fileLimitReported) {
                fileLimitReported = true;
                issues.add(
                        one.start().line(),
                        uid,
                        "RRULE",
                        "more than " + recurrence.perFile() + " occurrences of recurring events in one file:"
                                + " this event and the recurring events after it not imported; the limit is"
                                + " IcalReader.withMaxOccurrencesPerFile(int)");
            }
            issues.sortFrom(before);
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
                issues.add(
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
        for (ContentLine prop : event) {
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
                    issues.add(
                            prop.line(), uid, prop.name(), "unreadable date or time not imported: " + e.getMessage());
                }
            }
        }
        Map<String, Temporal> unique = new TreeMap<>();
        for (Temporal start : starts) {
            String key = key(start);
            if (!excluded.contains(key)) {
                unique.putIfAbsent(key, start);
            }
        }
        List<Occurrence> ordered = new ArrayList<>(unique.size());
        for (Map.Entry<String, Temporal> entry : unique.entrySet()) {
            ordered.add(new Occurrence(entry.getKey(), entry.getValue(), instantOf(entry.getValue())));
        }
        ordered.sort(Comparator.comparing(Occurrence::at));
        if (ordered.size() > room) {
            ordered = new ArrayList<>(ordered.subList(0, room));
            cut = true;
        }
        if (cut) {
            boolean byFile = room < recurrence.perRule();
            issues.add(
                    rrule == null ? one.start().line() : rrule.line(),
                    uid,
                    rrule == null ? "RDATE" : "RRULE",
                    byFile
                            ? "more than " + recurrence.perFile() + " occurrences of recurring events in one file:"
                                    + " the occurrences after " + room + " of this event and the recurring events"
                                    + " after it not imported; the limit is IcalReader.withMaxOccurrencesPerFile(int)"
                            : "more than " + recurrence.perRule() + " occurrences: the occurrences after "
                                    + ordered.get(ordered.size() - 1).key()
                                    + " not imported; the limit is IcalReader.withMaxOccurrencesPerRule(int)");
            if (byFile) {
                fileLimitReported = true;
            }
        }
        occurrences += ordered.size();
        String baseId = base.id().value();
        List<Slot> sessions = new ArrayList<>(ordered.size());
        Map<String, Pending> overridden = moved == null ? new HashMap<>() : new LinkedHashMap<>(moved);
        for (Occurrence start : ordered) {
            String key = start.key();
            Schedule schedule = shifted(first, start.start());
            SessionId id = SessionId.of(baseId + "-" + key);
            Pending override = overridden.remove(key);
            Session changed = override == null ? null : override(override, id.value(), schedule);
            sessions.add(new Slot(changed, id, changed == null ? schedule : changed.schedule()));
        }
        issues.sortFrom(before);
        for (Map.Entry<String, Pending> extra : overridden.entrySet()) {
            int from = issues.size();
            Session changed = override(extra.getValue(), baseId + "-" + extra.getKey(), null);
            if (changed != null && inWindow(changed.schedule())) {
                issues.add(
                        required(extra.getValue()).line(),
                        uid,
                        "RECURRENCE-ID",
                        "override of " + extra.getKey() + ", which is no occurrence of the rule here:"
                                + " imported as one more occurrence");
                sessions.add(new Slot(changed, changed.id(), changed.schedule()));
            }
            issues.sortFrom(from);
        }
        sessions.sort(Comparator.comparing(
                (Slot s) -> startOf(s.schedule()), Comparator.nullsLast(Comparator.naturalOrder())));
        CycleId cycleId = CycleId.of(baseId);
        Text title = base.title();
        cycleSink.accept(Cycle.builder(cycleId, organisation, title == null ? Text.of(language, baseId) : title)
                .editorial(title == null ? List.of("title") : List.of())
                .build());
        int ordinal = 0;
        for (Slot slot : sessions) {
            CyclePosition position = CyclePosition.of(cycleId, ++ordinal);
            Session changed = slot.changed();
            sink.accept(
                    changed == null
                            ? occurrence(base, slot.id(), slot.schedule(), position)
                            : changed.withCycle(position));
        }
    }

    /**
     * The session of an occurrence of the rule: the series' first session with the occurrence's
     * id, schedule and place in the cycle, in one copy that shares the first session's lists.
     */
    private static Session occurrence(Session base, SessionId id, Schedule schedule, CyclePosition cycle) {
        return new Session(
                id,
                base.organisation(),
                schedule,
                cycle,
                base.format(),
                base.status(),
                base.visibility(),
                base.title(),
                base.questions(),
                base.description(),
                base.venue(),
                base.speakers(),
                base.attendance(),
                base.agenda(),
                base.proposals(),
                base.decisions(),
                base.appointments(),
                base.commitments(),
                base.actionItems(),
                base.minutes(),
                base.links(),
                base.nextSession(),
                base.registration(),
                base.revision(),
                base.partners(),
                base.topics(),
                base.objectives(),
                base.roles(),
                base.practical(),
                base.earlierSchedules(),
                base.editorial());
    }

    /**
     * Expands the RRULE into {@code starts}; UNTIL, the window and the horizon of an endless rule
     * bound the expansion.
     *
     * @return whether the limit cut it
     */
    private boolean expandRule(
            String rule, @Nullable String until, Temporal seed, boolean endless, int room, List<Temporal> starts) {
        Instant horizon = (latest == null ? instantOf(seed) : latest)
                .atZone(ZoneOffset.UTC)
                .plus(HORIZON)
                .toInstant();
        Instant to = recurrence.to() != null ? recurrence.to() : endless ? horizon : null;
        Instant from = recurrence.from();
        ZoneId defaultZone = zones.defaultZone();
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
                ? day.atStartOfDay(zones.defaultZone()).toInstant()
                : ((ZonedDateTime) start).toInstant();
    }

    /** The occurrence's key in its id: its original start in UTC, or its date when all-day. */
    private static String key(Temporal start) {
        return start instanceof LocalDate day ? Formats.date(day) : Formats.utc(((ZonedDateTime) start).toInstant());
    }

    private String keyOf(ContentLine prop) {
        List<Temporal> dates = dates(prop, zones.defaultZone(), null);
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

    /** The start of a schedule known to have an exact start (not all-day). */
    private static ZonedDateTime startOfExact(Schedule schedule) {
        return Objects.requireNonNull(schedule.exactStart(), "exactStart");
    }

    /** The schedule of the event moved to another start, with the same length. */
    private static Schedule shifted(Schedule first, Temporal start) {
        if (first instanceof TentativeSchedule tentative) {
            LocalDate day = start instanceof LocalDate date ? date : ((ZonedDateTime) start).toLocalDate();
            return TentativeSchedule.of(
                    day,
                    day.plusDays(tentative.to().toEpochDay() - tentative.from().toEpochDay()));
        }
        ZoneId zone = Objects.requireNonNull(zoneOf(first), "zone");
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
        ContentLine recurrenceId = required(pending);
        String range = recurrenceId.param("RANGE");
        if (range != null && range.equalsIgnoreCase("THISANDFUTURE")) {
            issues.add(
                    recurrenceId.line(),
                    pending.uid(),
                    "RECURRENCE-ID",
                    "RANGE=THISANDFUTURE not applied: only this occurrence changed, the later ones keep the rule");
        }
        Session changed = events.read(pending.props(), pending.line(), pending.uid());
        if (changed == null) {
            return null;
        }
        changed = changed.withId(SessionId.of(id));
        if (original != null && !Objects.equals(startOf(original), startOf(changed.schedule()))) {
            changed = changed.withEarlierSchedules(List.of(original));
        }
        return changed;
    }

    /**
     * Reads the dates of DTSTART, RDATE, EXDATE or RECURRENCE-ID: DATE values as dates when the
     * event is all-day (or {@code like} is null), times in their TZID, in UTC, or floating in
     * {@code floating}.
     */
    private List<Temporal> dates(ContentLine prop, @Nullable ZoneId floating, @Nullable Schedule like) {
        List<Temporal> dates = new ArrayList<>();
        boolean allDay = like instanceof TentativeSchedule;
        String all = prop.value();
        int from = 0;
        while (from <= all.length()) {
            int comma = all.indexOf(',', from);
            int to = comma < 0 ? all.length() : comma;
            String value = all.substring(from, to).trim();
            from = to + 1;
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
                time = ZonedDateTime.ofLocal(local, zones.zoneOf(prop.param("TZID"), local, floating), null);
            }
            dates.add(allDay ? time.toLocalDate() : floating == null ? time : time.withZoneSameInstant(floating));
        }
        return dates;
    }
}
