package io.github.townhall.ical.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** iCalendar forms of dates, times, offsets, durations and numbers. */
public final class Formats {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

    private Formats() {}

    /**
     * Formats a local date-time ({@code 20160218T180000}).
     *
     * @param value the value, not null
     * @return the form, not null
     */
    public static String local(LocalDateTime value) {
        return LOCAL.format(value.withNano(0));
    }

    /**
     * Formats a date ({@code 20160218}).
     *
     * @param value the value, not null
     * @return the form, not null
     */
    public static String date(LocalDate value) {
        return DATE.format(value);
    }

    /**
     * Formats an instant in UTC ({@code 20160218T170000Z}).
     *
     * @param value the value, not null
     * @return the form, not null
     */
    public static String utc(Instant value) {
        return LOCAL.format(LocalDateTime.ofInstant(value, ZoneOffset.UTC)) + "Z";
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
        String form =
                String.format(java.util.Locale.ROOT, "%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, (abs / 60) % 60);
        return abs % 60 == 0 ? form : form + String.format(java.util.Locale.ROOT, "%02d", abs % 60);
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
        String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return plain.indexOf('.') < 0 ? plain + ".0" : plain;
    }
}
