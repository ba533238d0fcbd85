package io.github.townhall.ical.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes a compact VTIMEZONE from {@link ZoneRules}: only the observances that cover the years of
 * the feed (from the year before the first session to the year of the last). When those years are
 * ruled by the zone's last rules (Europe/Paris since 1996), two observances with a yearly RRULE;
 * otherwise one observance per transition in the range.
 */
public final class TimezoneWriter {
    private TimezoneWriter() {}

    /**
     * Writes the VTIMEZONE of a zone for a span of years.
     *
     * @param zone a region zone, not a bare offset, not null
     * @param fromYear the first year a session of the feed starts in
     * @param toYear the last year a session of the feed ends in
     * @param out where to write, not null
     */
    public static void write(ZoneId zone, int fromYear, int toYear, ContentLineWriter out) {
        ZoneRules rules = zone.getRules();
        out.line("BEGIN", "VTIMEZONE");
        out.textLine("TZID", zone.getId());
        out.textLine("X-LIC-LOCATION", zone.getId());
        Instant rangeStart = LocalDate.of(fromYear - 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant rangeEnd = LocalDate.of(toYear + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<ZoneOffsetTransitionRule> lastRules = rules.getTransitionRules();
        List<ZoneOffsetTransition> explicit = rules.getTransitions();
        boolean ruled = lastRules.size() == 2
                && !lastRules.get(0).isMidnightEndOfDay()
                && !lastRules.get(1).isMidnightEndOfDay()
                && (explicit.isEmpty()
                        || explicit.get(explicit.size() - 1).getInstant().isBefore(rangeStart));
        if (ruled) {
            for (ZoneOffsetTransitionRule rule : lastRules) {
                ZoneOffsetTransition first = rule.createTransition(fromYear - 1);
                observance(
                        rules.isDaylightSavings(first.getInstant()),
                        first.getDateTimeBefore(),
                        first.getOffsetBefore(),
                        first.getOffsetAfter(),
                        rrule(rule),
                        out);
            }
        } else {
            ZoneOffset initial = rules.getOffset(rangeStart);
            observance(
                    rules.isDaylightSavings(rangeStart),
                    LocalDateTime.ofInstant(rangeStart, initial),
                    initial,
                    initial,
                    null,
                    out);
            ZoneOffsetTransition next = rules.nextTransition(rangeStart);
            while (next != null && next.getInstant().isBefore(rangeEnd)) {
                observance(
                        rules.isDaylightSavings(next.getInstant()),
                        next.getDateTimeBefore(),
                        next.getOffsetBefore(),
                        next.getOffsetAfter(),
                        null,
                        out);
                next = rules.nextTransition(next.getInstant());
            }
        }
        out.line("END", "VTIMEZONE");
    }

    private static void observance(
            boolean daylight,
            LocalDateTime start,
            ZoneOffset from,
            ZoneOffset to,
            @Nullable String rrule,
            ContentLineWriter out) {
        String kind = daylight ? "DAYLIGHT" : "STANDARD";
        out.line("BEGIN", kind);
        out.line("DTSTART", Formats.local(start));
        if (rrule != null) {
            out.line("RRULE", rrule);
        }
        out.line("TZOFFSETFROM", Formats.offset(from));
        out.line("TZOFFSETTO", Formats.offset(to));
        out.line("END", kind);
    }

    /**
     * Returns the yearly RRULE of a transition rule.
     *
     * @param rule the rule, not null
     * @return the RRULE value, not null
     */
    static String rrule(ZoneOffsetTransitionRule rule) {
        Month month = rule.getMonth();
        int day = rule.getDayOfMonthIndicator();
        DayOfWeek dow = rule.getDayOfWeek();
        String base = "FREQ=YEARLY;BYMONTH=" + month.getValue();
        if (dow == null) {
            return base + ";BYMONTHDAY=" + day;
        }
        String weekday = dow.name().substring(0, 2);
        if (day > 0) {
            if ((day - 1) % 7 == 0) {
                return base + ";BYDAY=" + ((day - 1) / 7 + 1) + weekday;
            }
            if (month.minLength() == month.maxLength() && day == month.maxLength() - 6) {
                return base + ";BYDAY=-1" + weekday;
            }
            return base + ";BYDAY=" + weekday + ";BYMONTHDAY=" + range(day, 1);
        }
        if (day == -1) {
            return base + ";BYDAY=-1" + weekday;
        }
        return base + ";BYDAY=" + weekday + ";BYMONTHDAY=" + range(day, -1);
    }

    private static String range(int from, int step) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < 7; k++) {
            out.append(k == 0 ? "" : ",").append(from + k * step);
        }
        return out.toString();
    }
}
