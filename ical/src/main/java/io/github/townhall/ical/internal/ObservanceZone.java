package io.github.townhall.ical.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The offsets a VTIMEZONE's own observances give, for a TZID that names no IANA zone. Reads
 * DTSTART, TZOFFSETTO and yearly RRULEs by month and weekday (what Outlook and Google write).
 */
final class ObservanceZone {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    private record Observance(
            LocalDateTime start,
            @Nullable ZoneOffset from,
            ZoneOffset to,
            @Nullable String rrule) {}

    private final List<Observance> observances;

    private ObservanceZone(List<Observance> observances) {
        this.observances = observances;
    }

    static @Nullable ObservanceZone of(List<ContentLine> props) {
        List<Observance> observances = new ArrayList<>();
        LocalDateTime start = null;
        ZoneOffset from = null;
        ZoneOffset to = null;
        String rrule = null;
        for (ContentLine prop : props) {
            try {
                switch (prop.name()) {
                    case "BEGIN" -> {
                        start = null;
                        from = null;
                        to = null;
                        rrule = null;
                    }
                    case "DTSTART" -> start = LocalDateTime.parse(prop.value().trim(), LOCAL);
                    case "TZOFFSETFROM" -> from = offset(prop.value().trim());
                    case "TZOFFSETTO" -> to = offset(prop.value().trim());
                    case "RRULE" -> rrule = prop.value().trim().toUpperCase(Locale.ROOT);
                    case "END" -> {
                        if (start != null && to != null) {
                            observances.add(new Observance(start, from, to, rrule));
                        }
                    }
                    default -> {
                        // TZNAME, comments: not needed for offsets
                    }
                }
            } catch (RuntimeException e) {
                // an unreadable observance is left out; the others still give offsets
            }
        }
        return observances.isEmpty() ? null : new ObservanceZone(List.copyOf(observances));
    }

    /**
     * Returns the offset of a local time. A local time in a spring-forward gap gets the offset
     * before the gap (TZOFFSETFROM), so it lands after the gap by the gap's length, as RFC 5545
     * and java.time place it; one in an autumn overlap gets the earlier instant.
     */
    ZoneOffset offsetAt(LocalDateTime local) {
        LocalDateTime best = null;
        Observance chosen = null;
        ZoneOffset offset = observances.get(0).to();
        for (Observance observance : observances) {
            for (int year = local.getYear() - 1; year <= local.getYear(); year++) {
                LocalDateTime onset;
                try {
                    onset = onset(observance, year);
                } catch (RuntimeException e) {
                    // a rule we cannot read (odd BYDAY, month 13, year out of range): not an onset
                    onset = null;
                }
                if (onset != null && !onset.isAfter(local) && (best == null || onset.isAfter(best))) {
                    best = onset;
                    chosen = observance;
                    offset = observance.to();
                }
            }
        }
        if (best != null && chosen != null && chosen.from() != null) {
            int gap = chosen.to().getTotalSeconds() - chosen.from().getTotalSeconds();
            if (gap > 0 && local.isBefore(best.plusSeconds(gap))) {
                return chosen.from();
            }
        }
        return offset;
    }

    private static @Nullable LocalDateTime onset(Observance observance, int year) {
        if (observance.rrule() == null) {
            return observance.start().getYear() <= year ? observance.start() : null;
        }
        if (year < observance.start().getYear()) {
            return null;
        }
        int month = observance.start().getMonthValue();
        String byDay = null;
        for (String part : observance.rrule().split(";")) {
            if (part.startsWith("BYMONTH=")) {
                month = Integer.parseInt(part.substring(8).split(",")[0]);
            } else if (part.startsWith("BYDAY=")) {
                byDay = part.substring(6).split(",")[0];
            }
        }
        LocalDate first = LocalDate.of(year, month, 1);
        LocalDate day;
        if (byDay == null) {
            day = first.withDayOfMonth(Math.min(observance.start().getDayOfMonth(), first.lengthOfMonth()));
        } else {
            DayOfWeek weekday = weekday(byDay.substring(byDay.length() - 2));
            String ordinal = byDay.substring(0, byDay.length() - 2);
            int n = ordinal.isEmpty() ? 1 : Integer.parseInt(ordinal.replace("+", ""));
            day = n > 0
                    ? first.with(TemporalAdjusters.dayOfWeekInMonth(n, weekday))
                    : first.with(TemporalAdjusters.lastInMonth(weekday)).minusWeeks(-n - 1L);
        }
        return day.atTime(observance.start().toLocalTime());
    }

    private static DayOfWeek weekday(String code) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(code)) {
                return day;
            }
        }
        throw new IllegalArgumentException("Unknown weekday " + code);
    }

    private static ZoneOffset offset(String value) {
        String sign = value.substring(0, 1);
        String digits = value.substring(1);
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = Integer.parseInt(digits.substring(2, 4));
        int seconds = digits.length() >= 6 ? Integer.parseInt(digits.substring(4, 6)) : 0;
        int total = hours * 3600 + minutes * 60 + seconds;
        return ZoneOffset.ofTotalSeconds(sign.equals("-") ? -total : total);
    }
}
