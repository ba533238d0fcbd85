package io.github.townhall.ical.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Writes iCalendar content lines (RFC 5545 §3.1): CRLF line endings, and folding at 75 octets
 * of UTF-8 that never splits a character (a surrogate pair or a multi-byte sequence).
 *
 * <p>Values handed to {@link #text} go through {@link TextEscaper}; parameters through
 * {@link TextEscaper#paramValue(String)}. The writer holds one line at a time: a feed of any
 * size costs the same memory. Not thread-safe.
 */
public final class ContentLineWriter {
    /** The longest a physical line may be, in octets, without its CRLF. */
    public static final int MAX_OCTETS = 75;

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);
    private char[] chars = new char[512];
    private char[] folded = new char[512];

    /**
     * Wraps a character stream; the caller encodes it as UTF-8.
     *
     * @param out where lines go, not null
     */
    public ContentLineWriter(Writer out) {
        this.out = out;
    }

    /**
     * Starts a content line with its property name.
     *
     * @param name the property name, upper case, not null
     * @return this writer
     */
    public ContentLineWriter start(String name) {
        line.setLength(0);
        line.append(name);
        return this;
    }

    /**
     * Adds a parameter; the value is quoted when it must be.
     *
     * @param name the parameter name, not null
     * @param value the raw value, not null
     * @return this writer
     */
    public ContentLineWriter param(String name, String value) {
        line.append(';').append(name).append('=').append(TextEscaper.paramValue(value));
        return this;
    }

    /**
     * Adds a parameter whose value is a fixed token of ours (never user text).
     *
     * @param name the parameter name, not null
     * @param value the value as written, not null
     * @return this writer
     */
    public ContentLineWriter paramToken(String name, String value) {
        line.append(';').append(name).append('=').append(value);
        return this;
    }

    /**
     * Ends the line with a value written as is (already in its iCalendar form).
     *
     * @param value the value, not null
     */
    public void raw(String value) {
        line.append(':').append(value);
        flushLine();
    }

    /**
     * Ends the line with a TEXT value, escaped.
     *
     * @param value the text, not null
     */
    public void text(String value) {
        line.append(':');
        TextEscaper.escapeText(value, line);
        flushLine();
    }

    /**
     * Ends the line with a list of TEXT values (CATEGORIES): each escaped, joined by commas.
     * Values that are empty once normalised are left out.
     *
     * @param values the texts, not null, at least one non-empty once normalised
     */
    public void texts(Collection<String> values) {
        line.append(':');
        int start = line.length();
        for (String value : values) {
            int before = line.length();
            if (before > start) {
                line.append(',');
            }
            int mark = line.length();
            TextEscaper.escapeText(value, line);
            if (line.length() == mark) {
                line.setLength(before);
            }
        }
        flushLine();
    }

    /**
     * Writes a complete line made of a name and a raw value.
     *
     * @param name the property name, not null
     * @param value the value in its iCalendar form, not null
     */
    public void line(String name, String value) {
        start(name).raw(value);
    }

    /**
     * Writes a complete line made of a name and a TEXT value.
     *
     * @param name the property name, not null
     * @param value the text, not null
     */
    public void textLine(String name, String value) {
        start(name).text(value);
    }

    /** Flushes the underlying writer. */
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flushLine() {
        try {
            int length = line.length();
            // at least 24 characters (3-octet ones) fit on a folded line: room for a CRLF-space per 16
            int capacity = length + 3 * (length / 16 + 1) + 2;
            if (folded.length < capacity) {
                folded = new char[Math.max(capacity, folded.length * 2)];
                chars = new char[folded.length];
            }
            line.getChars(0, length, chars, 0);
            int n = fold(chars, length, folded);
            out.write(folded, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        line.setLength(0);
    }

    /**
     * Writes one logical line, folded at {@link #MAX_OCTETS} octets of UTF-8, then CRLF.
     *
     * @param logical the unfolded line, no CR or LF in it
     * @param out where to write
     * @throws IOException when the writer fails
     */
    static void fold(CharSequence logical, Writer out) throws IOException {
        int length = logical.length();
        char[] folded = new char[length + 3 * (length / 16 + 1) + 2];
        char[] chars = logical.toString().toCharArray();
        out.write(folded, 0, fold(chars, length, folded));
    }

    /**
     * Folds one logical line into a buffer large enough for it: segments of at most
     * {@link #MAX_OCTETS} octets of UTF-8 joined by CRLF and a space, then CRLF. A character
     * (a surrogate pair, a multi-byte sequence) is never split.
     *
     * @param logical the unfolded line, no CR or LF in it
     * @param length the length of the line in {@code logical}
     * @param folded where the folded line goes
     * @return the number of characters written to {@code folded}
     */
    private static int fold(char[] logical, int length, char[] folded) {
        int octets = 0;
        int n = 0;
        int i = 0;
        while (i < length) {
            char c = logical[i];
            if (c < 0x80) {
                if (octets == MAX_OCTETS) {
                    n = breakLine(folded, n);
                    octets = 1;
                }
                octets++;
                folded[n++] = c;
                i++;
                continue;
            }
            int width;
            int chars = 1;
            if (c < 0x800) {
                width = 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(logical[i + 1])) {
                width = 4;
                chars = 2;
            } else {
                width = 3;
            }
            if (octets + width > MAX_OCTETS) {
                n = breakLine(folded, n);
                octets = 1;
            }
            octets += width;
            folded[n++] = c;
            if (chars == 2) {
                folded[n++] = logical[i + 1];
            }
            i += chars;
        }
        folded[n++] = '\r';
        folded[n++] = '\n';
        return n;
    }

    private static int breakLine(char[] folded, int n) {
        folded[n] = '\r';
        folded[n + 1] = '\n';
        folded[n + 2] = ' ';
        return n + 3;
    }

    /**
     * Returns the number of UTF-8 octets of a string, for tests and sizing.
     *
     * @param value the string, not null
     * @return its length in UTF-8
     */
    public static int utf8Length(String value) {
        return value.getBytes(StandardCharsets.UTF_8).length;
    }
}
