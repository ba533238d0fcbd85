package io.github.townhall.ical.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The expansion of plain DAILY and WEEKLY rules by {@link PlainRule}, against iCal4j's {@code Recur}
 * (which expands every other rule) on generated rules, and against the examples of RFC 5545.
 */
class RecurrenceExpanderTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Floating times are read in the reader's default zone; one with a half-hour change here. */
    private static final ZoneId FLOATING = ZoneId.of("Australia/Lord_Howe");

    private static final List<ZoneId> ZONES = List.of(PARIS, NEW_YORK, ZoneOffset.UTC, FLOATING);
    /** Ordinary times, and times in the spring gap or the autumn overlap of the zones above. */
    private static final List<LocalTime> TIMES = List.of(
            LocalTime.of(0, 0),
            LocalTime.of(1, 30),
            LocalTime.of(2, 0),
            LocalTime.of(2, 30),
            LocalTime.of(9, 15),
            LocalTime.of(18, 30),
            LocalTime.of(23, 59));

    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    private static List<ZonedDateTime> zoned(String rule, ZonedDateTime seed, ZonedDateTime to) {
        return RecurrenceExpander.expand(rule, seed, seed, to, 10_000).starts();
    }

    @Test
    void theRulesOfDaysAndWeeksGiveWhatICal4jGives() {
        Random random = new Random(5_545L);
        int rules = 0;
        int occurrences = 0;
        int cut = 0;
        for (int n = 0; n < 3_000; n++) {
            String rule = randomRule(random);
            assertNotNull(PlainRule.parse(rule), rule);
            // around the changes of offset of the zones, in the spring and the autumn
            LocalDate day = LocalDate.of(2023 + random.nextInt(3), random.nextBoolean() ? 3 : 10, 1)
                    .plusDays(random.nextInt(45) - 5);
            boolean counted = rule.contains("COUNT=");
            int days = random.nextInt(random.nextInt(4) == 0 ? 1_000 : 120);
            // a window that starts later than the seed only for rules without COUNT, where iCal4j
            // counts the occurrences before it against the limit (an approximation of ours)
            int later = counted ? 0 : random.nextInt(3) == 0 ? random.nextInt(days + 1) : 0;
            int max = random.nextInt(5) == 0 ? 1 + random.nextInt(20) : 10_000;
            String what = rule + " from " + day + " later " + later + " for " + days + " max " + max;
            if (random.nextInt(6) == 0) {
                LocalDate from = day.plusDays(later);
                LocalDate to = day.plusDays(days);
                occurrences += same(what, rule, day, from, to, max);
            } else {
                ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
                LocalDateTime start = day.atTime(TIMES.get(random.nextInt(TIMES.size())));
                ZonedDateTime seed = ZonedDateTime.ofLocal(start, zone, null);
                ZonedDateTime from = seed.plusDays(later).minusMinutes(random.nextInt(2));
                // an end on an occurrence's time (UNTIL is inclusive) or just before it
                ZonedDateTime to = seed.plusDays(days).minusSeconds(random.nextInt(2));
                occurrences += same(what + " at " + seed, rule, seed, from, to, max);
            }
            rules++;
            if (max < 10_000) {
                cut++;
            }
        }
        assertTrue(occurrences > rules * 10, "the rules give occurrences: " + occurrences);
        assertTrue(cut > 100, "the limit was tried: " + cut);
    }

    /**
     * Expands with both and compares. iCal4j gives the dates; their times are the DTSTART's local
     * time resolved as RFC 5545 says (section 3.3.5: a time in a spring gap moved by its length, a
     * time given twice in the autumn the first of the two), because iCal4j differs there: it
     * resolves a repeated time with the DTSTART's offset, and a WEEKLY rule whose week starts on a
     * day with a gap gets the gap's shift on its other days too. So iCal4j expands a window two
     * days wider, unlimited, and the window and the limit are applied to what it gave.
     */
    @SuppressWarnings("unchecked")
    private static <T extends Temporal & Comparable<? super T>> int same(
            String what, String rule, T seed, T from, T to, int max) {
        RecurrenceExpander.Expansion<T> fast = RecurrenceExpander.expand(rule, seed, from, to, max);
        RecurrenceExpander.Expansion<T> recur = RecurrenceExpander.expandWithRecur(
                rule, seed, (T) from.minus(2, ChronoUnit.DAYS), (T) to.plus(2, ChronoUnit.DAYS), Integer.MAX_VALUE - 1);
        List<T> expected = new ArrayList<>();
        for (T start : recur.starts()) {
            T rfc = start instanceof ZonedDateTime zoned && start != seed
                    ? (T) ZonedDateTime.ofLocal(
                            zoned.toLocalDate().atTime(((ZonedDateTime) seed).toLocalTime()), zoned.getZone(), null)
                    : start;
            if (rfc.compareTo(from) >= 0 && rfc.compareTo(to) <= 0) {
                expected.add(rfc);
            }
        }
        assertEquals(expected.subList(0, Math.min(max, expected.size())), fast.starts(), what);
        assertEquals(expected.size() > max, fast.cut(), what);
        return fast.starts().size();
    }

    private static String randomRule(Random random) {
        List<String> parts = new ArrayList<>();
        boolean weekly = random.nextBoolean();
        parts.add("FREQ=" + (weekly ? "WEEKLY" : "DAILY"));
        if (random.nextBoolean()) {
            parts.add("INTERVAL=" + (1 + random.nextInt(weekly ? 4 : 10)));
        }
        if (random.nextInt(weekly ? 3 : 4) != 0) {
            List<String> days = new ArrayList<>();
            for (String day : DAYS) {
                if (random.nextInt(3) == 0) {
                    days.add(day);
                }
            }
            if (!days.isEmpty()) {
                java.util.Collections.shuffle(days, random);
                parts.add("BYDAY=" + String.join(",", days));
            }
        }
        if (random.nextInt(3) == 0) {
            parts.add("WKST=" + DAYS[random.nextInt(7)]);
        }
        if (random.nextBoolean()) {
            parts.add("COUNT=" + (1 + random.nextInt(60)));
        }
        java.util.Collections.shuffle(parts, random);
        return String.join(";", parts);
    }

    @Test
    void theWeekStartChangesWhichWeeksAnIntervalKeeps() {
        // RFC 5545, section 3.3.10: the same rule with WKST=MO and WKST=SU
        ZonedDateTime seed = ZonedDateTime.of(1997, 8, 5, 9, 0, 0, 0, NEW_YORK);
        ZonedDateTime end = seed.plusYears(1);
        assertEquals(
                List.of(seed, seed.withDayOfMonth(10), seed.withDayOfMonth(19), seed.withDayOfMonth(24)),
                zoned("FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO", seed, end));
        assertEquals(
                List.of(seed, seed.withDayOfMonth(17), seed.withDayOfMonth(19), seed.withDayOfMonth(31)),
                zoned("FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU", seed, end));
        // no WKST is Monday
        assertEquals(
                zoned("FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO", seed, end),
                zoned("FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU", seed, end));
    }

    @Test
    void theStartIsTheFirstOccurrenceAndCountsInCount() {
        // a Monday, for a rule of Tuesdays
        ZonedDateTime monday = ZonedDateTime.of(2024, 9, 2, 18, 30, 0, 0, PARIS);
        assertEquals(
                List.of(monday, monday.plusDays(1), monday.plusDays(8)),
                zoned("FREQ=WEEKLY;BYDAY=TU;COUNT=3", monday, monday.plusYears(1)));
        assertEquals(List.of(monday), zoned("FREQ=DAILY;BYDAY=TU;COUNT=1", monday, monday.plusYears(1)));
        // a DAILY rule's BYDAY keeps those days only
        assertEquals(
                List.of(monday, monday.plusDays(3), monday.plusDays(4), monday.plusDays(10)),
                zoned("FREQ=DAILY;BYDAY=TH,FR;COUNT=4", monday, monday.plusYears(1)));
    }

    @Test
    void theLocalTimeHoldsAcrossChangesOfOffset() {
        ZonedDateTime seed = ZonedDateTime.of(2024, 3, 21, 18, 30, 0, 0, PARIS);
        List<ZonedDateTime> starts = zoned("FREQ=WEEKLY;COUNT=3", seed, seed.plusYears(1));
        assertEquals(
                List.of("2024-03-21T17:30:00Z", "2024-03-28T17:30:00Z", "2024-04-04T16:30:00Z"),
                starts.stream().map(start -> start.toInstant().toString()).toList());
        // a time the spring change skips is moved by the length of the gap, that day only
        ZonedDateTime night = ZonedDateTime.of(2024, 3, 30, 2, 30, 0, 0, PARIS);
        assertEquals(
                List.of(night, ZonedDateTime.of(2024, 3, 31, 3, 30, 0, 0, PARIS), night.plusDays(2)),
                zoned("FREQ=DAILY;COUNT=3", night, night.plusYears(1)));
        // a time the autumn change gives twice is the first of the two (RFC 5545, section 3.3.5)
        ZonedDateTime late = ZonedDateTime.of(2024, 11, 2, 1, 30, 0, 0, NEW_YORK);
        List<ZonedDateTime> autumn = zoned("FREQ=DAILY;COUNT=2", late, late.plusYears(1));
        assertEquals(ZoneOffset.ofHours(-4), autumn.get(1).getOffset());
        assertEquals(LocalDateTime.of(2024, 11, 3, 1, 30), autumn.get(1).toLocalDateTime());
    }

    @Test
    void allDayRulesGiveDates() {
        LocalDate first = LocalDate.of(2024, 2, 26);
        RecurrenceExpander.Expansion<LocalDate> expansion =
                RecurrenceExpander.expand("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE", first, first, first.plusDays(20), 100);
        assertEquals(List.of(first, first.plusDays(2), first.plusDays(14), first.plusDays(16)), expansion.starts());
        assertFalse(expansion.cut());
    }

    @Test
    void theWindowAndTheLimitBoundTheExpansion() {
        ZonedDateTime seed = ZonedDateTime.of(2024, 1, 1, 9, 0, 0, 0, PARIS);
        // a rule with no end, years before the window: the window's occurrences only
        RecurrenceExpander.Expansion<ZonedDateTime> late = RecurrenceExpander.expand(
                "FREQ=DAILY", seed, seed.plusYears(500), seed.plusYears(500).plusDays(2), 100);
        assertEquals(
                List.of(
                        seed.plusYears(500),
                        seed.plusYears(500).plusDays(1),
                        seed.plusYears(500).plusDays(2)),
                late.starts());
        // the limit keeps the first ones and says it cut
        RecurrenceExpander.Expansion<ZonedDateTime> cut =
                RecurrenceExpander.expand("FREQ=DAILY;COUNT=10", seed, seed, seed.plusYears(1), 3);
        assertEquals(List.of(seed, seed.plusDays(1), seed.plusDays(2)), cut.starts());
        assertTrue(cut.cut());
        // COUNT counts the occurrences before the window too
        RecurrenceExpander.Expansion<ZonedDateTime> counted =
                RecurrenceExpander.expand("FREQ=WEEKLY;COUNT=10", seed, seed.plusWeeks(8), seed.plusYears(1), 100);
        assertEquals(List.of(seed.plusWeeks(8), seed.plusWeeks(9)), counted.starts());
        // ... but not against the limit, which counts the window's occurrences only
        RecurrenceExpander.Expansion<ZonedDateTime> limited =
                RecurrenceExpander.expand("FREQ=DAILY;COUNT=50", seed, seed.plusDays(40), seed.plusYears(1), 3);
        assertEquals(List.of(seed.plusDays(40), seed.plusDays(41), seed.plusDays(42)), limited.starts());
        assertTrue(limited.cut());
        // a start after the window's end: nothing
        assertEquals(
                List.of(),
                RecurrenceExpander.expand("FREQ=DAILY", seed, seed, seed.minusDays(1), 10)
                        .starts());
    }

    @Test
    void otherRulesAreLeftToICal4j() {
        for (String rule : List.of(
                "FREQ=MONTHLY",
                "FREQ=YEARLY",
                "FREQ=HOURLY",
                "FREQ=WEEKLY;BYDAY=1MO",
                "FREQ=WEEKLY;BYDAY=MO;BYSETPOS=1",
                "FREQ=DAILY;BYMONTH=3",
                "FREQ=DAILY;BYMONTHDAY=1",
                "FREQ=DAILY;BYHOUR=9",
                "FREQ=DAILY;FREQ=WEEKLY",
                "FREQ=DAILY;COUNT=0",
                "FREQ=DAILY;COUNT=2;COUNT=3",
                "FREQ=DAILY;INTERVAL=-1",
                "FREQ=DAILY;INTERVAL=9999999999",
                "FREQ=WEEKLY;BYDAY=",
                "FREQ=WEEKLY;BYDAY=M",
                "FREQ=WEEKLY;WKST=XX",
                "FREQ=WEEKLY;X-NAME=1",
                "INTERVAL=2",
                "")) {
            assertNull(PlainRule.parse(rule), rule);
        }
        ZonedDateTime seed = ZonedDateTime.of(2024, 1, 31, 9, 0, 0, 0, PARIS);
        assertEquals(3, zoned("FREQ=MONTHLY;COUNT=3", seed, seed.plusYears(1)).size());
        IllegalArgumentException bad = assertThrows(
                IllegalArgumentException.class, () -> zoned("FREQ=WEEKLY;BYDAY=M", seed, seed.plusYears(1)));
        assertTrue(bad.getMessage().contains("FREQ=WEEKLY;BYDAY=M"), bad.getMessage());
    }
}
