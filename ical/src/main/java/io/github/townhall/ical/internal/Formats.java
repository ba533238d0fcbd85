package io.github.townhall.ical.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** iCalendar forms of dates, times, offsets, durations and numbers. */
public final class Formats {
    private Formats() {}

    /** The formatters, for years outside 0-9999 only: built on first use, not at start-up. */
    private static final class Patterns {
        static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
        static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    }

    /**
     * Formats a local date-time ({@code 20160218T180000}).
     *
     * @param value the value, not null
     * @return the form, not null
     */
    public static String local(LocalDateTime value) {
        int year = value.getYear();
        if (year < 0 || year > 9999) {
            return Patterns.LOCAL.format(value.withNano(0));
        }
        char[] out = new char[15];
        date(year, value.getMonthValue(), value.getDayOfMonth(), out);
        time(value.getHour(), value.getMinute(), value.getSecond(), out);
        return new String(out);
    }

    /**
     * Reads a local date-time as {@link #local(LocalDateTime)} writes it ({@code 20160218T180000})
     * without a formatter; any other form, or a value out of range, goes through the formatter,
     * so that its error says what is wrong (and its lenient reading of a day past the month's end
     * stays).
     *
     * @param value the value, not null
     * @return the date-time, not null
     * @throws java.time.format.DateTimeParseException if the value is no local date-time
     */
    public static LocalDateTime parseLocal(String value) {
        if (value.length() == 15 && value.charAt(8) == 'T') {
            int date = digits(value, 0, 8);
            int time = digits(value, 9, 15);
            if (date >= 0 && time >= 0) {
                try {
                    return LocalDateTime.of(
                            date / 10_000, date / 100 % 100, date % 100, time / 10_000, time / 100 % 100, time % 100);
                } catch (DateTimeException e) {
                    // the formatter reads it or says why not
                }
            }
        }
        return LocalDateTime.parse(value, Patterns.LOCAL);
    }

    /**
     * Reads a date as {@link #date(LocalDate)} writes it ({@code 20160218}) without a formatter;
     * any other form goes through the formatter, as {@link #parseLocal(String)} does.
     *
     * @param value the value, not null
     * @return the date, not null
     * @throws java.time.format.DateTimeParseException if the value is no date
     */
    public static LocalDate parseDate(String value) {
        if (value.length() == 8) {
            int date = digits(value, 0, 8);
            if (date >= 0) {
                try {
                    return LocalDate.of(date / 10_000, date / 100 % 100, date % 100);
                } catch (DateTimeException e) {
                    // the formatter reads it or says why not
                }
            }
        }
        return LocalDate.parse(value, Patterns.DATE);
    }

    /** The number the ASCII digits from {@code start} to {@code end} (at most 9) make, or -1. */
    private static int digits(String value, int start, int end) {
        int result = 0;
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            result = result * 10 + (c - '0');
        }
        return result;
    }

    private static void date(int year, int month, int day, char[] out) {
        out[0] = (char) ('0' + year / 1000);
        out[1] = (char) ('0' + year / 100 % 10);
        out[2] = (char) ('0' + year / 10 % 10);
        out[3] = (char) ('0' + year % 10);
        out[4] = (char) ('0' + month / 10);
        out[5] = (char) ('0' + month % 10);
        out[6] = (char) ('0' + day / 10);
        out[7] = (char) ('0' + day % 10);
    }

    private static void time(int hour, int minute, int second, char[] out) {
        out[8] = 'T';
        out[9] = (char) ('0' + hour / 10);
        out[10] = (char) ('0' + hour % 10);
        out[11] = (char) ('0' + minute / 10);
        out[12] = (char) ('0' + minute % 10);
        out[13] = (char) ('0' + second / 10);
        out[14] = (char) ('0' + second % 10);
    }

    /**
     * Formats a date ({@code 20160218}).
     *
     * @param value the value, not null
     * @return the form, not null
     */
    public static String date(LocalDate value) {
        int year = value.getYear();
        if (year < 0 || year > 9999) {
            return Patterns.DATE.format(value);
        }
        char[] out = new char[15];
        date(year, value.getMonthValue(), value.getDayOfMonth(), out);
        return new String(out, 0, 8);
    }

    /**
     * Formats an instant in UTC ({@code 20160218T170000Z}).
     *
     * @param value the value, not null
     * @return the form, not null
     */
    public static String utc(Instant value) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(value.getEpochSecond(), 0, ZoneOffset.UTC);
        int year = time.getYear();
        if (year < 0 || year > 9999) {
            return Patterns.LOCAL.format(time) + "Z";
        }
        char[] out = new char[16];
        date(year, time.getMonthValue(), time.getDayOfMonth(), out);
        time(time.getHour(), time.getMinute(), time.getSecond(), out);
        out[15] = 'Z';
        return new String(out);
    }

    /**
     * Formats a UTC offset ({@code +0100}, {@code -0330}, {@code +051730}).
     *
     * @param offset the offset, not null
     * @return the form, not null
     */
    public static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        StringBuilder form = new StringBuilder(7).append(total < 0 ? '-' : '+');
        twoDigits(abs / 3600, form);
        twoDigits((abs / 60) % 60, form);
        if (abs % 60 != 0) {
            twoDigits(abs % 60, form);
        }
        return form.toString();
    }

    private static void twoDigits(int value, StringBuilder out) {
        if (value < 10) {
            out.append('0');
        }
        out.append(value);
    }

    /**
     * Formats a positive duration ({@code P1D}, {@code PT1H30M}).
     *
     * @param value the value, not null
     * @return the form, not null
     */
    public static String duration(Duration value) {
        long seconds = value.getSeconds();
        StringBuilder out = new StringBuilder("P");
        if (seconds % 604800 == 0 && seconds > 0) {
            return out.append(seconds / 604800).append('W').toString();
        }
        long days = seconds / 86400;
        long rest = seconds % 86400;
        if (days > 0) {
            out.append(days).append('D');
        }
        if (rest > 0 || days == 0) {
            out.append('T');
            if (rest / 3600 > 0) {
                out.append(rest / 3600).append('H');
            }
            if ((rest / 60) % 60 > 0) {
                out.append((rest / 60) % 60).append('M');
            }
            if (rest % 60 > 0 || rest == 0) {
                out.append(rest % 60).append('S');
            }
        }
        return out.toString();
    }

    /**
     * Formats a coordinate without exponent or trailing zeros.
     *
     * @param value the value
     * @return the form, not null
     */
    public static String decimal(double value) {
        if (value == 0) {
            return "0.0";
        }
        String shortest = Double.toString(value);
        if (shortest.indexOf('E') < 0 && Double.isFinite(value)) {
            // digits, a point and digits without trailing zeros (or a single 0): already plain
            return shortest;
        }
        String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return plain.indexOf('.') < 0 ? plain + ".0" : plain;
    }
}
