package io.github.townhall.ical.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Recur;
import org.jspecify.annotations.Nullable;

/**
 * Expands one RRULE from its DTSTART. The rules calendars write most, {@code FREQ=DAILY} and
 * {@code FREQ=WEEKLY} with nothing but INTERVAL, COUNT, WKST and a BYDAY of plain weekdays (see
 * {@link PlainRule}), are expanded here with {@code java.time} arithmetic; every other rule goes to
 * iCal4j's {@link Recur}, which implements every FREQ and BYxxx part of RFC 5545 on {@code
 * java.time} values: a {@link ZonedDateTime} seed keeps its local time across daylight-saving
 * changes, a {@link LocalDate} seed gives all-day dates.
 *
 * <p>Three things are done here rather than by iCal4j: UNTIL is read by us (a DATE, a UTC time or
 * a local time, compared with the seed's own kind of value), because iCal4j parses it into a
 * value of its own kind that need not compare with the seed; and the DTSTART is always the first
 * occurrence, counted by COUNT, as RFC 5545 (section 3.8.5.3) says, while iCal4j leaves it out
 * when it does not match the rule; and a missing WKST is Monday.
 */
final class RecurrenceExpander {
    /** What one expansion gave: the starts in order, and whether the limit cut it. */
    record Expansion<T extends Temporal>(List<T> starts, boolean cut) {}

    private RecurrenceExpander() {}

    /**
     * Expands a rule: a {@linkplain PlainRule plain} one here, any other with iCal4j.
     *
     * @param rule the RRULE value without UNTIL, upper case, not null
     * @param seed the DTSTART, a {@link ZonedDateTime} or a {@link LocalDate}, not null
     * @param from the earliest start wanted
     * @param to the latest start wanted, inclusive, not null
     * @param max the most starts returned
     * @return the starts from the seed on, at most {@code max}, and whether more were left out
     * @throws IllegalArgumentException if the rule cannot be read
     */
    static <T extends Temporal & Comparable<? super T>> Expansion<T> expand(
            String rule, T seed, T from, T to, int max) {
        PlainRule plain = PlainRule.parse(rule);
        if (plain != null && (seed instanceof LocalDate || seed instanceof ZonedDateTime)) {
            return plain.expand(seed, from, to, max);
        }
        return expandWithRecur(rule, seed, from, to, max);
    }

    /**
     * Expands a rule with iCal4j's {@link Recur}, whatever its parts.
     *
     * @param rule the RRULE value without UNTIL, upper case, not null
     * @param seed the DTSTART, a {@link ZonedDateTime} or a {@link LocalDate}, not null
     * @param from the earliest start wanted (with no COUNT, iCal4j skips the periods before it)
     * @param to the latest start wanted, inclusive, not null
     * @param max the most starts returned
     * @return the starts from the seed on, at most {@code max}, and whether more were left out
     * @throws IllegalArgumentException if the rule cannot be read
     */
    static <T extends Temporal & Comparable<? super T>> Expansion<T> expandWithRecur(
            String rule, T seed, T from, T to, int max) {
        // iCal4j takes a missing WKST for Sunday; RFC 5545 says Monday (it matters to WEEKLY
        // rules with an INTERVAL and a BYDAY of Sunday)
        Recur<T> recur = recur(rule.contains("WKST=") ? rule : rule + ";WKST=MO");
        boolean counted = recur.getCount() >= 1;
        boolean late = !counted && from.compareTo(seed) > 0;
        T periodStart = late ? from : seed;
        // one more than the limit tells whether the limit cut the series
        T origin = seed;
        if (late) {
            origin = closer(recur, seed, periodStart);
        }
        List<T> found = new ArrayList<>(recur.getDates(origin, periodStart, to, max + 1));
        if (!found.isEmpty() && !found.get(0).equals(seed) && periodStart.equals(seed) && seed.compareTo(to) <= 0) {
            found.add(0, seed);
            if (counted && found.size() > recur.getCount()) {
                found.remove(found.size() - 1);
            }
        } else if (found.isEmpty() && periodStart.equals(seed) && seed.compareTo(to) <= 0) {
            found.add(seed);
        }
        found.removeIf(start -> start.compareTo(to) > 0 || start.compareTo(from) < 0);
        boolean cut = found.size() > max;
        return new Expansion<>(cut ? List.copyOf(found.subList(0, max)) : List.copyOf(found), cut);
    }

    /**
     * Reads a rule with iCal4j, whose parser answers a bad part with whatever the failing step
     * throws (a {@code StringIndexOutOfBoundsException} for a one-letter BYDAY, a
     * {@code NumberFormatException} for a BYMONTH that is no number...): any such failure
     * becomes one {@link IllegalArgumentException} that quotes the rule.
     */
    private static <T extends Temporal> Recur<T> recur(String rule) {
        try {
            return new Recur<>(rule);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot read the rule " + rule + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Moves the seed of a rule of hours, minutes or seconds by whole intervals to just before
     * the window: iCal4j steps from the seed to the window one interval at a time, which for a
     * FREQ=SECONDLY rule and a window years after its DTSTART is hundreds of millions of steps.
     * Rules of days and longer take at most tens of thousands of steps, and keep their seed
     * (their implicit BYxxx parts come from it).
     */
    @SuppressWarnings("unchecked")
    private static <T extends Temporal> T closer(Recur<T> recur, T seed, T from) {
        ChronoUnit unit =
                switch (recur.getFrequency()) {
                    case SECONDLY -> ChronoUnit.SECONDS;
                    case MINUTELY -> ChronoUnit.MINUTES;
                    case HOURLY -> ChronoUnit.HOURS;
                    default -> null;
                };
        if (unit == null || !(seed instanceof ZonedDateTime zoned)) {
            return seed;
        }
        long interval = Math.max(1, recur.getInterval());
        long steps = unit.between(zoned, (ZonedDateTime) from) / interval - 1;
        return steps > 0 ? (T) zoned.plus(steps * interval, unit) : seed;
    }

    /**
     * Splits an RRULE value into the rule without UNTIL and the UNTIL value.
     *
     * @param value the RRULE value, not null
     * @return the rule without UNTIL, then UNTIL or null
     */
    static String[] splitUntil(String value) {
        StringBuilder rule = new StringBuilder();
        String until = null;
        for (String part : value.trim().split(";", -1)) {
            if (part.isBlank()) {
                continue;
            }
            if (part.toUpperCase(Locale.ROOT).startsWith("UNTIL=")) {
                until = part.substring("UNTIL=".length()).trim();
            } else {
                if (rule.length() > 0) {
                    rule.append(';');
                }
                rule.append(part.trim().toUpperCase(Locale.ROOT));
            }
        }
        return new String[] {rule.toString(), until};
    }

    /** Returns the earlier of two values, the second when it is null-free and earlier. */
    static <T extends Comparable<? super T>> T min(T a, @Nullable T b) {
        return b != null && b.compareTo(a) < 0 ? b : a;
    }
}
