package io.github.townhall.ical.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A recurrence rule of the kind calendars write most ("every Tuesday", "every other week on Monday
 * and Thursday", "every day for ten days"), expanded with {@code java.time} arithmetic: {@code
 * FREQ=DAILY} or {@code FREQ=WEEKLY}, with no other part than INTERVAL, COUNT, WKST and a BYDAY of
 * weekdays without ordinals (UNTIL is read by the caller). Any other rule is left to iCal4j.
 *
 * <p>The semantics are RFC 5545's (section 3.3.10): the DTSTART is the first occurrence, counted by
 * COUNT, whether or not it matches the rule; a WEEKLY rule gives the BYDAY days (or the DTSTART's
 * day) of every INTERVAL-th week, weeks starting on WKST (Monday when absent); a BYDAY of a DAILY
 * rule keeps only those days. Every occurrence has the DTSTART's local time in its zone: a time that
 * a spring-forward gap skips is moved later by the length of the gap, and a time that an autumn
 * change gives twice is the first of the two (RFC 5545, section 3.3.5).
 */
final class PlainRule {
    /** Days whose occurrences cannot reach a window however the zone's offsets change. */
    private static final int MARGIN_DAYS = 2;

    private final boolean weekly;
    private final int interval;
    /** The COUNT, 0 when there is none. */
    private final int count;
    /** For a WEEKLY rule, the days of the week as days after WKST, in order; for DAILY, unused. */
    private final int[] offsets;

    private final DayOfWeek weekStart;
    /** For a DAILY rule, the days kept, or null for every day. */
    private final @Nullable Set<DayOfWeek> days;

    private PlainRule(boolean weekly, int interval, int count, DayOfWeek weekStart, @Nullable Set<DayOfWeek> days) {
        this.weekly = weekly;
        this.interval = interval;
        this.count = count;
        this.weekStart = weekStart;
        this.days = days;
        int[] found = new int[7];
        int size = 0;
        if (days != null) {
            for (int offset = 0; offset < 7; offset++) {
                if (days.contains(weekStart.plus(offset))) {
                    found[size++] = offset;
                }
            }
        }
        this.offsets = java.util.Arrays.copyOf(found, size);
    }

    /**
     * Reads a rule if it is plain.
     *
     * @param rule the RRULE value without UNTIL, upper case, not null
     * @return the rule, or null if it has another FREQ, another part, a part twice or a value that
     *     is not plainly right (iCal4j then reads it, and reports what is wrong)
     */
    static @Nullable PlainRule parse(String rule) {
        Boolean weekly = null;
        int interval = 0;
        int count = 0;
        DayOfWeek weekStart = null;
        Set<DayOfWeek> days = null;
        for (String part : rule.split(";", -1)) {
            int equals = part.indexOf('=');
            if (equals <= 0) {
                return null;
            }
            String value = part.substring(equals + 1);
            switch (part.substring(0, equals)) {
                case "FREQ" -> {
                    if (weekly != null || !(value.equals("DAILY") || value.equals("WEEKLY"))) {
                        return null;
                    }
                    weekly = value.equals("WEEKLY");
                }
                case "INTERVAL" -> {
                    if (interval != 0) {
                        return null;
                    }
                    interval = number(value);
                    if (interval <= 0) {
                        return null;
                    }
                }
                case "COUNT" -> {
                    if (count != 0) {
                        return null;
                    }
                    count = number(value);
                    if (count <= 0) {
                        return null;
                    }
                }
                case "WKST" -> {
                    if (weekStart != null) {
                        return null;
                    }
                    weekStart = day(value);
                    if (weekStart == null) {
                        return null;
                    }
                }
                case "BYDAY" -> {
                    if (days != null) {
                        return null;
                    }
                    days = EnumSet.noneOf(DayOfWeek.class);
                    for (String name : value.split(",", -1)) {
                        DayOfWeek day = day(name);
                        if (day == null) {
                            return null;
                        }
                        days.add(day);
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        if (weekly == null) {
            return null;
        }
        return new PlainRule(
                weekly, Math.max(interval, 1), count, weekStart == null ? DayOfWeek.MONDAY : weekStart, days);
    }

    /** A positive number of at most nine digits, or -1. */
    private static int number(String value) {
        if (value.isEmpty() || value.length() > 9) {
            return -1;
        }
        int number = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    private static @Nullable DayOfWeek day(String value) {
        return switch (value) {
            case "MO" -> DayOfWeek.MONDAY;
            case "TU" -> DayOfWeek.TUESDAY;
            case "WE" -> DayOfWeek.WEDNESDAY;
            case "TH" -> DayOfWeek.THURSDAY;
            case "FR" -> DayOfWeek.FRIDAY;
            case "SA" -> DayOfWeek.SATURDAY;
            case "SU" -> DayOfWeek.SUNDAY;
            default -> null;
        };
    }

    /**
     * Expands the rule, with the same contract as {@link RecurrenceExpander#expand}.
     *
     * @param seed the DTSTART, a {@link ZonedDateTime} or a {@link LocalDate}, not null
     * @param from the earliest start wanted
     * @param to the latest start wanted, inclusive
     * @param max the most starts returned
     * @return the starts from the seed on, at most {@code max}, and whether more were left out
     */
    <T extends Temporal & Comparable<? super T>> RecurrenceExpander.Expansion<T> expand(T seed, T from, T to, int max) {
        ZonedDateTime zoned = seed instanceof ZonedDateTime value ? value : null;
        LocalDate first = zoned == null ? (LocalDate) seed : zoned.toLocalDate();
        ZoneId zone = zoned == null ? null : zoned.getZone();
        // the dates of the window, in the seed's zone, widened beyond any change of offset
        LocalDate firstWanted = dateOf(from, zone).minusDays(MARGIN_DAYS);
        LocalDate lastWanted = dateOf(to, zone).plusDays(MARGIN_DAYS);
        List<T> found = new ArrayList<>();
        if (seed.compareTo(to) > 0) {
            return new RecurrenceExpander.Expansion<>(List.of(), false);
        }
        if (seed.compareTo(from) >= 0) {
            found.add(seed);
        }
        long occurrences = 1; // the seed's included, for COUNT
        Candidates candidates = new Candidates(first, count == 0 ? firstWanted : first, lastWanted);
        while ((count == 0 || occurrences < count) && found.size() <= max) {
            LocalDate date = candidates.next();
            if (date == null) {
                break;
            }
            occurrences++;
            if (date.isBefore(firstWanted)) {
                continue; // counted, and too early to be wanted
            }
            @SuppressWarnings("unchecked")
            T start = zoned == null
                    ? (T) date
                    : (T) ZonedDateTime.ofLocal(date.atTime(zoned.toLocalTime()), zoned.getZone(), null);
            if (start.compareTo(to) > 0) {
                break;
            }
            if (start.compareTo(from) >= 0) {
                found.add(start);
            }
        }
        boolean cut = found.size() > max;
        return new RecurrenceExpander.Expansion<>(List.copyOf(cut ? found.subList(0, max) : found), cut);
    }

    private static LocalDate dateOf(Temporal value, @Nullable ZoneId zone) {
        return zone == null
                ? (LocalDate) value
                : ((ZonedDateTime) value).withZoneSameInstant(zone).toLocalDate();
    }

    /** The dates of the rule after the seed's, in order, from a period near a given date on. */
    private final class Candidates {
        private final LocalDate first;
        private final LocalDate last;
        /** DAILY: the date of the period; WEEKLY: the first day of the week of the period. */
        private LocalDate period;
        /** WEEKLY: the next offset to give in the period. */
        private int next;

        /**
         * Starts with the period of {@code near}, one period earlier, or the seed's when later, and
         * ends after {@code last}.
         */
        Candidates(LocalDate first, LocalDate near, LocalDate last) {
            this.first = first;
            this.last = last;
            LocalDate origin = weekly ? first.minusDays(dayInWeek(first)) : first;
            long periods = Math.max(0, ChronoUnit.DAYS.between(origin, near) / ((weekly ? 7L : 1L) * interval) - 1);
            this.period = origin.plusDays(periods * (weekly ? 7L : 1L) * interval);
        }

        private int dayInWeek(LocalDate date) {
            return Math.floorMod(date.getDayOfWeek().getValue() - weekStart.getValue(), 7);
        }

        /** The next date after the seed's, or null after the last date. */
        @Nullable
        LocalDate next() {
            while (true) {
                if (period.isAfter(last)) {
                    return null;
                }
                LocalDate date;
                if (weekly) {
                    if (offsets.length == 0) {
                        date = period.plusDays(dayInWeek(first));
                        period = period.plusWeeks(interval);
                    } else {
                        date = period.plusDays(offsets[next++]);
                        if (next == offsets.length) {
                            next = 0;
                            period = period.plusWeeks(interval);
                        }
                    }
                } else {
                    date = period;
                    period = period.plusDays(interval);
                    if (days != null && !days.contains(date.getDayOfWeek())) {
                        continue;
                    }
                }
                if (date.isAfter(first)) {
                    return date;
                }
            }
        }
    }
}
