package io.github.townhall.ical.internal;

/**
 * Our own rules for iCalendar values, relied on for every text we write (never iCal4j's).
 *
 * <p>TEXT values (RFC 5545 §3.3.11) are escaped as {@link ContentLineWriter} writes them, the one
 * escaping routine: backslash, semicolon and comma get a backslash; CRLF, CR and LF become {@code
 * \n}; every other control character (C0 except TAB, DEL, C1) and every unpaired surrogate is
 * removed, so that no input can end a line or forge a property. Spaces and tabs at the very start
 * and end of a value are dropped (parsers, iCal4j among them, skip them). {@link
 * #normalise(String)} says what a reader gets back, {@link #unescapeText(String)} reads a value
 * back. Parameter values (§3.2) cannot be escaped at all: controls are removed, a double quote
 * becomes an apostrophe, and the value is quoted when it holds {@code :;,}.
 */
public final class TextEscaper {
    private TextEscaper() {}

    /**
     * Returns the text that a reader of our output gets back: line breaks as LF, controls,
     * unpaired surrogates and leading or trailing spaces and tabs removed: what {@link
     * #unescapeText(String)} gives back from a value {@link ContentLineWriter} wrote.
     *
     * @param value any string, not null
     * @return the normalised text (the value itself when nothing changes), not null
     */
    public static String normalise(String value) {
        if (isNormal(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < length && value.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\t' || c == ' ') {
                if (out.length() > 0) {
                    out.append(c);
                }
            } else if (c == '\n') {
                out.append(c);
            } else if (isControl(c)) {
                // removed
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                    out.append(c).append(value.charAt(++i));
                }
            } else if (!Character.isLowSurrogate(c)) {
                out.append(c);
            }
        }
        trimEnd(out, 0);
        return out.toString();
    }

    /** Whether {@link #normalise(String)} leaves a value as it is. */
    private static boolean isNormal(String value) {
        int length = value.length();
        if (length == 0) {
            return true;
        }
        char first = value.charAt(0);
        char last = value.charAt(length - 1);
        if (first == ' ' || first == '\t' || last == ' ' || last == '\t') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x20) {
                if (c != '\t' && c != '\n') {
                    return false;
                }
            } else if (c >= 0x7f) {
                if (c <= 0x9f) {
                    return false;
                }
                if (Character.isSurrogate(c)) {
                    if (!Character.isHighSurrogate(c)
                            || i + 1 == length
                            || !Character.isLowSurrogate(value.charAt(i + 1))) {
                        return false;
                    }
                    i++;
                }
            }
        }
        return true;
    }

    private static void trimEnd(StringBuilder out, int start) {
        int end = out.length();
        while (end > start && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
            end--;
        }
        out.setLength(end);
    }

    /**
     * Reads back an escaped TEXT value: {@code \\n}, {@code \\N}, {@code \\\\}, {@code \\;},
     * {@code \\,}; an unknown escape keeps its character.
     *
     * @param value the escaped value, not null
     * @return the text, not null
     */
    public static String unescapeText(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < length) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Returns a parameter value as it may be written: controls removed, double quotes replaced
     * by apostrophes, quoted when it holds a colon, semicolon or comma.
     *
     * @param value the raw value, not null
     * @return the value to write, not null
     */
    public static String paramValue(String value) {
        if (plainParam(value)) {
            return value;
        }
        String clean = normalise(value).replace('\n', ' ').replace('\t', ' ').replace('"', '\'');
        boolean quote = false;
        for (int i = 0; i < clean.length() && !quote; i++) {
            char c = clean.charAt(i);
            quote = c == ':' || c == ';' || c == ',';
        }
        return quote ? '"' + clean + '"' : clean;
    }

    /** A parameter value written as it is: nothing to remove, replace or quote. */
    private static boolean plainParam(String value) {
        int length = value.length();
        if (length > 0 && (value.charAt(0) == ' ' || value.charAt(length - 1) == ' ')) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            boolean plain = c < 0x7f
                    ? c >= ' ' && c != '"' && c != ':' && c != ';' && c != ','
                    : c >= 0xa0 && !Character.isSurrogate(c);
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }
}
