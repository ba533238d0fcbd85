package io.github.townhall.ical.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Writes iCalendar content lines (RFC 5545 §3.1) as UTF-8 bytes: CRLF line endings, and folding
 * at 75 octets that never splits a character (a surrogate pair or a multi-byte sequence).
 *
 * <p>Values are escaped, encoded and folded in one pass, straight into a byte buffer that goes to
 * the caller's {@link OutputStream} (or, for a {@link Writer}, is decoded to characters once per
 * chunk of the buffer). This is the one place where TEXT values (RFC 5545 §3.3.11) are escaped:
 * backslash, semicolon and comma get a backslash; CRLF, CR and LF become {@code \n}; every other
 * control character (C0 except TAB, DEL, C1) and every unpaired surrogate is removed, so that no
 * input can end a line or forge a property; spaces and tabs at the very start and end of a value
 * are dropped. What a reader gets back is {@link TextEscaper#normalise(String)} of the value. A
 * value may be given in pieces ({@link #beginText()}, {@link #append(String)}, {@link
 * #endText()}) and is written as if the pieces had been joined first. Parameters go through
 * {@link TextEscaper#paramValue(String)}. The writer holds one buffer: a feed of any size costs
 * the same memory. Not thread-safe.
 */
public final class ContentLineWriter {
    /** The longest a physical line may be, in octets, without its CRLF. */
    public static final int MAX_OCTETS = 75;

    /** The buffer goes to the sink once it holds this many bytes, at a line's boundary. */
    private static final int FLUSH_AT = 1 << 16;

    /**
     * The pieces of a TEXT value are gathered this many characters at a time, then escaped in one
     * go (one pass over long runs rather than one call per short piece).
     */
    private static final int CHUNK = 1024;

    /**
     * How each character below U+0800 is written in a TEXT value: its first octet, its second
     * octet (bits 8 to 15) and how many octets it takes (bits 16 and up): 1 for a character written
     * as it comes, 2 for an escape ({@code \\,}, {@code \\n}) or a two-octet character, 0 for one
     * that is removed (a control character). CR, which may start a CRLF, is written as LF is.
     */
    private static final int[] CODE = new int[0x800];

    static {
        for (int c = 0; c < CODE.length; c++) {
            int first = 0;
            int second = 0;
            int width;
            if (c == '\\' || c == ';' || c == ',' || c == '\n') {
                first = '\\';
                second = c == '\n' ? 'n' : c;
                width = 2;
            } else if (c < 0x80) {
                first = c;
                width = (c < 0x20 && c != '\t') || c == 0x7f ? 0 : 1;
            } else {
                first = 0xc0 | (c >> 6);
                second = 0x80 | (c & 0x3f);
                width = c < 0xa0 ? 0 : 2; // C1 controls are removed
            }
            CODE[c] = first | (second << 8) | (width << 16);
        }
    }

    /** Writes the two octets of a {@link #CODE} at once (the second one is overwritten after a one-octet character). */
    private static final VarHandle TWO_OCTETS =
            MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

    private final @Nullable OutputStream stream;
    private final @Nullable Writer writer;
    private byte[] buffer = new byte[FLUSH_AT + (1 << 12)];
    /** The characters of the TEXT value given since it was last escaped. */
    private final char[] pending = new char[CHUNK];

    private int pendingLength;

    private int pos;
    /** Octets on the current physical line. */
    private int octets;
    /** Where the current content line starts in the buffer, while it may still be taken back. */
    private int lineStart;

    // the state of the TEXT value being written
    /** Whether the value has written a character other than a space or tab. */
    private boolean emitted;
    /** Whether the last piece ended with CR (an LF that starts the next piece is part of it). */
    private boolean afterCr;
    /** A high surrogate that ended the last piece, or 0. */
    private char high;

    /** How many parameter values are remembered, with what they are written as. */
    private static final int PARAMS = 4;

    private final @Nullable String[] paramRaw = new String[PARAMS];
    private final String[] paramWritten = new String[PARAMS];
    private int nextParam;

    /** The last language written by {@link #language(Locale)}, and its tag. */
    private @Nullable Locale tagged;

    private String tag = "";

    /**
     * Writes to a byte stream, as UTF-8.
     *
     * @param out where lines go, not null
     */
    public ContentLineWriter(OutputStream out) {
        this.stream = out;
        this.writer = null;
    }

    /**
     * Writes to a character stream; the caller encodes it.
     *
     * @param out where lines go, not null
     */
    public ContentLineWriter(Writer out) {
        this.stream = null;
        this.writer = out;
    }

    /**
     * Starts a content line with its property name.
     *
     * @param name the property name, upper case ASCII, not null
     * @return this writer
     */
    public ContentLineWriter start(String name) {
        if (pos >= FLUSH_AT) {
            drain();
        }
        lineStart = pos;
        octets = 0;
        putRaw(name);
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
        putAscii(';');
        putRaw(name);
        putAscii('=');
        putRaw(paramValue(value));
        return this;
    }

    /** {@link TextEscaper#paramValue(String)}, remembered for the few values a feed repeats. */
    private String paramValue(String value) {
        for (int k = 0; k < PARAMS; k++) {
            if (value.equals(paramRaw[k])) {
                return paramWritten[k];
            }
        }
        String written = TextEscaper.paramValue(value);
        paramRaw[nextParam] = value;
        paramWritten[nextParam] = written;
        nextParam = (nextParam + 1) % PARAMS;
        return written;
    }

    /**
     * Adds a parameter whose value is a fixed token of ours (never user text).
     *
     * @param name the parameter name, not null
     * @param value the value as written, not null
     * @return this writer
     */
    public ContentLineWriter paramToken(String name, String value) {
        putAscii(';');
        putRaw(name);
        putAscii('=');
        putRaw(value);
        return this;
    }

    /**
     * Adds the LANGUAGE parameter: the language's tag (letters, digits and hyphens only).
     *
     * @param language the language, not null
     * @return this writer
     */
    public ContentLineWriter language(Locale language) {
        if (!language.equals(tagged)) {
            tag = language.toLanguageTag();
            tagged = language;
        }
        return paramToken("LANGUAGE", tag);
    }

    /**
     * Ends the line with a value written as is (already in its iCalendar form).
     *
     * @param value the value, not null
     */
    public void raw(String value) {
        putAscii(':');
        putRaw(value);
        endLine();
    }

    /**
     * Ends the line with two values written as is, one after the other (a scheme and an address).
     *
     * @param first the first part, not null
     * @param second the second part, not null
     */
    public void raw(String first, String second) {
        putAscii(':');
        putRaw(first);
        putRaw(second);
        endLine();
    }

    /**
     * Ends the line with a whole number.
     *
     * @param value the number
     */
    public void number(long value) {
        putAscii(':');
        putNumber(value);
        endLine();
    }

    /**
     * Ends the line with an instant in UTC ({@code 20160218T170000Z}), as {@link
     * Formats#utc(Instant)} writes it.
     *
     * @param value the instant, not null
     */
    public void utc(Instant value) {
        long seconds = value.getEpochSecond();
        long day = Math.floorDiv(seconds, 86_400L);
        int second = (int) Math.floorMod(seconds, 86_400L);
        long civil = civil(day);
        if (civil < 0) {
            raw(Formats.utc(value));
            return;
        }
        putAscii(':');
        putDateTime(civil, second / 3600, second / 60 % 60, second % 60);
        putAscii('Z');
        endLine();
    }

    /**
     * Ends the line with a local date-time ({@code 20160218T180000}), as {@link
     * Formats#local(LocalDateTime)} writes it.
     *
     * @param value the date-time, not null
     */
    public void local(LocalDateTime value) {
        int year = value.getYear();
        if (year < 0 || year > 9999) {
            raw(Formats.local(value));
            return;
        }
        putAscii(':');
        putDateTime(
                year * 10_000L + value.getMonthValue() * 100 + value.getDayOfMonth(),
                value.getHour(),
                value.getMinute(),
                value.getSecond());
        endLine();
    }

    /**
     * The date of an epoch day as the number {@code yyyymmdd}, or -1 outside the years 0 to 9999
     * (the civil-from-days algorithm of H. Hinnant, the proleptic Gregorian calendar of {@link
     * LocalDate}).
     */
    private static long civil(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long day = doy - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 0 || year > 9999) {
            return -1;
        }
        return year * 10_000 + month * 100 + day;
    }

    private void putDateTime(long date, int hour, int minute, int second) {
        ensure(16);
        if (octets + 15 <= MAX_OCTETS) {
            byte[] out = buffer;
            int at = pos;
            int value = (int) date;
            for (int k = 7; k >= 0; k--) {
                out[at + k] = (byte) ('0' + value % 10);
                value /= 10;
            }
            out[at + 8] = 'T';
            out[at + 9] = (byte) ('0' + hour / 10);
            out[at + 10] = (byte) ('0' + hour % 10);
            out[at + 11] = (byte) ('0' + minute / 10);
            out[at + 12] = (byte) ('0' + minute % 10);
            out[at + 13] = (byte) ('0' + second / 10);
            out[at + 14] = (byte) ('0' + second % 10);
            pos = at + 15;
            octets += 15;
            return;
        }
        putDigits(date, 8);
        putAscii('T');
        putDigits(hour, 2);
        putDigits(minute, 2);
        putDigits(second, 2);
    }

    /** Writes a number of exactly {@code width} digits, zeros first. */
    private void putDigits(long value, int width) {
        long divisor = 1;
        for (int k = 1; k < width; k++) {
            divisor *= 10;
        }
        for (; divisor > 0; divisor /= 10) {
            putAscii((char) ('0' + value / divisor % 10));
        }
    }

    private void putNumber(long value) {
        if (value < 0) {
            putAscii('-');
            if (value == Long.MIN_VALUE) {
                putRaw("9223372036854775808");
                return;
            }
            value = -value;
        }
        long divisor = 1;
        while (divisor <= value / 10) {
            divisor *= 10;
        }
        for (; divisor > 0; divisor /= 10) {
            putAscii((char) ('0' + value / divisor % 10));
        }
    }

    /**
     * Ends the line with a TEXT value, escaped.
     *
     * @param value the text, not null
     */
    public void text(String value) {
        beginText();
        append(value);
        endText();
    }

    /**
     * Ends the line with a list of TEXT values (CATEGORIES): each escaped, joined by commas.
     * Values that write nothing (empty once normalised) are left out.
     *
     * @param values the texts, not null, at least one non-empty once normalised
     */
    public void texts(Collection<String> values) {
        putAscii(':');
        boolean first = true;
        for (String value : values) {
            int before = pos - lineStart;
            int beforeOctets = octets;
            if (!first) {
                putAscii(',');
            }
            resetText();
            append(value);
            closeText();
            if (emitted) {
                first = false;
            } else {
                pos = lineStart + before;
                octets = beforeOctets;
            }
        }
        endLine();
    }

    /**
     * Starts a TEXT value given in pieces, after the property name and parameters ({@link
     * #dropText()} takes the whole line back).
     */
    public void beginText() {
        resetText();
        putAscii(':');
    }

    /**
     * Adds a piece of the TEXT value begun by {@link #beginText()}.
     *
     * @param piece the characters, not null
     * @return this writer
     */
    public ContentLineWriter append(String piece) {
        int length = piece.length();
        int from = 0;
        while (length - from > CHUNK - pendingLength) {
            int take = CHUNK - pendingLength;
            piece.getChars(from, from + take, pending, pendingLength);
            pendingLength = CHUNK;
            from += take;
            escapePending();
        }
        piece.getChars(from, length, pending, pendingLength);
        pendingLength += length - from;
        return this;
    }

    /** Adds one character to the TEXT value begun by {@link #beginText()}. */
    private void appendChar(char c) {
        if (pendingLength == CHUNK) {
            escapePending();
        }
        pending[pendingLength++] = c;
    }

    /**
     * Adds a line break to the TEXT value begun by {@link #beginText()}: the same as {@code
     * append("\n")}.
     *
     * @return this writer
     */
    public ContentLineWriter appendLineBreak() {
        appendChar('\n');
        return this;
    }

    /**
     * Adds a whole number to the TEXT value begun by {@link #beginText()}.
     *
     * @param number the number
     * @return this writer
     */
    public ContentLineWriter append(long number) {
        if (number >= 0 && number < 10) {
            appendChar((char) ('0' + number));
            return this;
        }
        return append(Long.toString(number));
    }

    /**
     * Escapes, encodes and folds the characters gathered of a TEXT value into the buffer: the one
     * escaping routine of the writer. Characters below U+0800 are written from {@link
     * #CODE} in one tight loop up to the end of each physical line; spaces and tabs that end the
     * value are taken back by {@link #closeText()}.
     */
    private void escapePending() {
        int count = pendingLength;
        if (count == 0) {
            return;
        }
        pendingLength = 0;
        char[] in = pending;
        ensure(4 * count + 8);
        byte[] out = buffer;
        int at = pos;
        int column = octets;
        boolean any = emitted;
        int i = 0;
        if (high != 0) {
            char waiting = high;
            high = 0;
            if (Character.isLowSurrogate(in[0])) {
                if (column + 4 > MAX_OCTETS) {
                    at = folded(out, at);
                    column = 1;
                }
                at = wide(out, at, Character.toCodePoint(waiting, in[0]), 4);
                column += 4;
                any = true;
                i = 1;
            }
        } else if (afterCr && in[0] == '\n') {
            i = 1;
        }
        afterCr = false;
        while (i < count) {
            char c = in[i];
            if (c == '\r') {
                // CR or CRLF: one line break, written as LF is
                if (i + 1 == count) {
                    afterCr = true; // an LF that starts the next chunk belongs to this CR
                } else if (in[i + 1] == '\n') {
                    i++;
                    continue; // the LF writes the line break
                }
                c = '\n';
            }
            if (c < 0x800) {
                if (!any) {
                    if (CODE[c] >>> 16 == 0 || c == ' ' || c == '\t') {
                        i++;
                        continue; // removed, or a space or tab that starts the value: dropped
                    }
                    any = true;
                }
                // up to the last two octets of the physical line, characters from the table with no
                // branch on what they are, and no fold to look for
                int limit = at + (MAX_OCTETS - column) - 2;
                int begin = at;
                while (at <= limit) {
                    int code = CODE[c];
                    TWO_OCTETS.set(out, at, (short) code);
                    at += code >>> 16;
                    if (++i == count) {
                        break;
                    }
                    c = in[i];
                    if (c >= 0x800 || c == '\r') {
                        break;
                    }
                }
                column += at - begin;
                if (i == count || c >= 0x800 || c == '\r') {
                    continue;
                }
                // at the end of the line: one character, after a fold if it does not fit
                int code = CODE[c];
                int width = code >>> 16;
                i++;
                if (column + width > MAX_OCTETS) {
                    if ((byte) code == '\\' && column < MAX_OCTETS) {
                        out[at++] = '\\'; // an escape may be folded between its two characters
                        at = folded(out, at);
                        out[at++] = (byte) (code >> 8);
                        column = 2;
                        continue;
                    }
                    at = folded(out, at);
                    column = 1;
                }
                TWO_OCTETS.set(out, at, (short) code);
                at += width;
                column += width;
                continue;
            }
            i++;
            int codePoint = c;
            int width;
            if (!Character.isSurrogate(c)) {
                width = 3;
            } else if (Character.isHighSurrogate(c)) {
                if (i == count) {
                    high = c; // the next chunk may start with its low surrogate
                    break;
                }
                char next = in[i];
                if (!Character.isLowSurrogate(next)) {
                    continue; // unpaired: removed
                }
                i++;
                codePoint = Character.toCodePoint(c, next);
                width = 4;
            } else {
                continue; // unpaired low surrogate: removed
            }
            if (column + width > MAX_OCTETS) {
                at = folded(out, at);
                column = 1;
            }
            at = wide(out, at, codePoint, width);
            column += width;
            any = true;
        }
        pos = at;
        octets = column;
        emitted = any;
    }

    /** Ends the TEXT value begun by {@link #beginText()}, and its line. */
    public void endText() {
        closeText();
        endLine();
    }

    /**
     * Takes back the line of the TEXT value begun by {@link #beginText()}, property name included,
     * as if it had never been started (for a value that turns out to be empty).
     */
    public void dropText() {
        closeText();
        pos = lineStart;
        octets = 0;
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

    /** Writes what is buffered, then flushes the underlying stream or writer. */
    public void flush() {
        drain();
        try {
            if (stream != null) {
                stream.flush();
            } else if (writer != null) {
                writer.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a TEXT value: nothing written yet, no piece pending. */
    private void resetText() {
        pendingLength = 0;
        high = 0;
        afterCr = false;
        emitted = false;
    }

    /**
     * Ends a TEXT value: the spaces and tabs that end it are taken back with the folds between
     * them, a lone high surrogate dropped. A value that has written something other than spaces
     * and tabs starts with it (leading ones are never written), so the walk back stops inside the
     * value; a fold is the only CRLF inside a value, since line breaks are escaped.
     */
    private void closeText() {
        escapePending();
        high = 0;
        afterCr = false;
        if (!emitted) {
            return;
        }
        byte[] out = buffer;
        int at = pos;
        int start = at;
        while (true) {
            byte b = out[at - 1];
            if (b == '\t' || (b == ' ' && out[at - 2] != '\n')) {
                at--;
            } else if (b == ' ') {
                at -= 3; // a fold
            } else {
                break;
            }
        }
        if (at == start) {
            return;
        }
        int lineBegins = lineStart;
        for (int k = at - 1; k > lineStart; k--) {
            if (out[k] == '\n') {
                lineBegins = k + 1; // after a fold: its space counts on the line
                break;
            }
        }
        pos = at;
        octets = at - lineBegins;
    }

    private void endLine() {
        ensure(2);
        buffer[pos++] = '\r';
        buffer[pos++] = '\n';
        octets = 0;
    }

    /** Writes one ASCII character, folding first when the line is full. */
    private void putAscii(char c) {
        ensure(4);
        if (octets == MAX_OCTETS) {
            fold();
        }
        buffer[pos++] = (byte) c;
        octets++;
    }

    /** Writes characters as they are (a name, a token, a parameter value, a URI), folded. */
    private void putRaw(String value) {
        int length = value.length();
        ensure(4 * length + 8);
        byte[] out = buffer;
        int at = pos;
        int column = octets;
        int i = 0;
        if (column + length <= MAX_OCTETS) {
            // fits on the line: no fold to look for while it is ASCII
            while (i < length) {
                char c = value.charAt(i);
                if (c >= 0x80) {
                    break;
                }
                out[at + i] = (byte) c;
                i++;
            }
            at += i;
            column += i;
        }
        for (; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                if (column == MAX_OCTETS) {
                    at = folded(out, at);
                    column = 1;
                }
                out[at++] = (byte) c;
                column++;
                continue;
            }
            int codePoint;
            int width;
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                codePoint = Character.toCodePoint(c, value.charAt(++i));
                width = 4;
            } else if (Character.isSurrogate(c)) {
                codePoint = 0xfffd; // never in our values: TextEscaper removes unpaired surrogates
                width = 3;
            } else {
                codePoint = c;
                width = c < 0x800 ? 2 : 3;
            }
            if (column + width > MAX_OCTETS) {
                at = folded(out, at);
                column = 1;
            }
            at = wide(out, at, codePoint, width);
            column += width;
        }
        pos = at;
        octets = column;
    }

    /** Writes one code point of 2 to 4 octets at {@code at}; returns where it ends. */
    private static int wide(byte[] out, int at, int codePoint, int width) {
        if (width == 2) {
            out[at] = (byte) (0xc0 | (codePoint >> 6));
            out[at + 1] = (byte) (0x80 | (codePoint & 0x3f));
        } else if (width == 3) {
            out[at] = (byte) (0xe0 | (codePoint >> 12));
            out[at + 1] = (byte) (0x80 | ((codePoint >> 6) & 0x3f));
            out[at + 2] = (byte) (0x80 | (codePoint & 0x3f));
        } else {
            out[at] = (byte) (0xf0 | (codePoint >> 18));
            out[at + 1] = (byte) (0x80 | ((codePoint >> 12) & 0x3f));
            out[at + 2] = (byte) (0x80 | ((codePoint >> 6) & 0x3f));
            out[at + 3] = (byte) (0x80 | (codePoint & 0x3f));
        }
        return at + width;
    }

    /** Writes a fold (CRLF and a space) at {@code at}; returns where it ends. */
    private static int folded(byte[] out, int at) {
        out[at] = '\r';
        out[at + 1] = '\n';
        out[at + 2] = ' ';
        return at + 3;
    }

    private void fold() {
        buffer[pos] = '\r';
        buffer[pos + 1] = '\n';
        buffer[pos + 2] = ' ';
        pos += 3;
        octets = 1;
    }

    /**
     * Makes room for {@code room} more bytes: hands the complete lines to the sink and keeps the
     * current one (a TEXT value that writes nothing takes it back), growing the buffer when that
     * line alone needs more.
     */
    private void ensure(int room) {
        if (pos + room <= buffer.length) {
            return;
        }
        if (lineStart > 0) {
            write(lineStart);
            System.arraycopy(buffer, lineStart, buffer, 0, pos - lineStart);
            pos -= lineStart;
            lineStart = 0;
            if (pos + room <= buffer.length) {
                return;
            }
        }
        byte[] larger = new byte[Math.max(buffer.length * 2, pos + room)];
        System.arraycopy(buffer, 0, larger, 0, pos);
        buffer = larger;
    }

    /** Hands the whole buffer to the sink, between two lines. */
    private void drain() {
        write(pos);
        pos = 0;
        lineStart = 0;
    }

    /** Hands the first bytes of the buffer to the sink: whole lines, hence whole characters. */
    private void write(int length) {
        if (length == 0) {
            return;
        }
        try {
            if (stream != null) {
                stream.write(buffer, 0, length);
            } else if (writer != null) {
                writer.write(new String(buffer, 0, length, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
