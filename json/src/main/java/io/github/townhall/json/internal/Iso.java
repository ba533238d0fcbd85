package io.github.townhall.json.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Quick reading of the ISO-8601 forms townhall writes ({@code 2017-12-05},
 * {@code 2017-12-05T18:00}, {@code 2017-12-05T18:00:30}, {@code 2017-12-06T09:30:00Z}) without
 * {@link java.time.format.DateTimeFormatter}. Returns null for any other form and for any value
 * out of range, so the caller falls back to {@code parse}, which accepts and refuses exactly as
 * before.
 */
final class Iso {
    private Iso() {}

    static @Nullable LocalDate date(String text) {
        if (text.length() != 10 || !isDate(text)) {
            return null;
        }
        try {
            return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    static @Nullable LocalDateTime dateTime(String text) {
        int length = text.length();
        if ((length != 16 && length != 19) || !isDate(text) || !isTime(text, length)) {
            return null;
        }
        return of(text, length);
    }

    static @Nullable Instant instant(String text) {
        if (text.length() != 20 || text.charAt(19) != 'Z' || !isDate(text) || !isTime(text, 19)) {
            return null;
        }
        LocalDateTime time = of(text, 19);
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    private static @Nullable LocalDateTime of(String text, int length) {
        try {
            return LocalDateTime.of(
                    number(text, 0, 4),
                    number(text, 5, 7),
                    number(text, 8, 10),
                    number(text, 11, 13),
                    number(text, 14, 16),
                    length == 19 ? number(text, 17, 19) : 0);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean isDate(String text) {
        return digits(text, 0, 4)
                && text.charAt(4) == '-'
                && digits(text, 5, 7)
                && text.charAt(7) == '-'
                && digits(text, 8, 10);
    }

    private static boolean isTime(String text, int length) {
        return text.charAt(10) == 'T'
                && digits(text, 11, 13)
                && text.charAt(13) == ':'
                && digits(text, 14, 16)
                && (length == 16 || (text.charAt(16) == ':' && digits(text, 17, 19)));
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
