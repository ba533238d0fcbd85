package io.github.townhall.ical.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Writes iCalendar content lines (RFC 5545 §3.1) as UTF-8 bytes: CRLF line endings, and folding
 * at 75 octets that never splits a character (a surrogate pair or a multi-byte sequence).
 *
 * <p>Values are escaped, encoded and folded in one pass, straight into a byte buffer that goes to
 * the caller's {@link OutputStream} (or, for a {@link Writer}, is decoded back to characters at
 * line ends). TEXT values go through the rules of {@link TextEscaper}, applied as the characters
 * arrive: a value may be given in pieces ({@link #beginText()}, {@link #append(String)}, {@link
 * #endText()}) and is written as if the pieces had been joined first. Parameters go through
 * {@link TextEscaper#paramValue(String)}. The writer holds one buffer: a feed of any size costs
 * the same memory. Not thread-safe.
 */
public final class ContentLineWriter {
    /** The longest a physical line may be, in octets, without its CRLF. */
    public static final int MAX_OCTETS = 75;

    /** The buffer goes to the sink once it holds this many bytes, at a value's boundary. */
    private static final int FLUSH_AT = 1 << 15;

    /** ASCII characters written as they are in a TEXT value, whatever precedes them. */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (char c = '!'; c < 0x7f; c++) {
            PLAIN[c] = c != '\\' && c != ';' && c != ',';
        }
    }

    private final @Nullable OutputStream stream;
    private final @Nullable Writer writer;
    private byte[] buffer = new byte[1 << 16];
    private int pos;
    /** Octets on the current physical line. */
    private int octets;
    /** Where the current content line starts in the buffer, while it may still be taken back. */
    private int lineStart;

    // the state of the TEXT value being written
    private boolean emitted;
    private char[] spaces = new char[16];
    private int pendingSpaces;
    private boolean afterCr;
    private char high;

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
        putRaw(TextEscaper.paramValue(value));
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
        putAscii(';');
        putRaw(name);
        putAscii('=');
        putRaw(value);
        return this;
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
     * Values that are empty once normalised are left out.
     *
     * @param values the texts, not null, at least one non-empty once normalised
     */
    public void texts(Collection<String> values) {
        putAscii(':');
        boolean first = true;
        for (String value : values) {
            if (!TextEscaper.writesSomething(value)) {
                continue;
            }
            if (!first) {
                putAscii(',');
            }
            first = false;
            resetText();
            append(value);
            closeText();
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
        if (length == 0) {
            return this;
        }
        ensure(4 * (length + pendingSpaces) + 8);
        int i = 0;
        char first = piece.charAt(0);
        if (high != 0) {
            char pending = high;
            high = 0;
            if (Character.isLowSurrogate(first)) {
                flushSpaces();
                putWide(Character.toCodePoint(pending, first), 4);
                emitted = true;
                i = 1;
            }
        } else if (afterCr && first == '\n') {
            i = 1;
        }
        afterCr = false;
        byte[] out = buffer;
        int at = pos;
        int column = octets;
        for (; i < length; i++) {
            char c = piece.charAt(i);
            if (c < 0x80 && PLAIN[c]) {
                if (pendingSpaces != 0) {
                    pos = at;
                    octets = column;
                    flushSpaces();
                    at = pos;
                    column = octets;
                    out = buffer;
                }
                if (column == MAX_OCTETS) {
                    out[at] = '\r';
                    out[at + 1] = '\n';
                    out[at + 2] = ' ';
                    at += 3;
                    column = 1;
                }
                out[at++] = (byte) c;
                column++;
                emitted = true;
                continue;
            }
            pos = at;
            octets = column;
            i = special(piece, i, c, length);
            at = pos;
            column = octets;
            out = buffer;
        }
        pos = at;
        octets = column;
        return this;
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

    /** Handles a character of a TEXT value that is not plain ASCII; returns the index it ends on. */
    private int special(String piece, int i, char c, int length) {
        switch (c) {
            case ' ', '\t' -> {
                if (emitted) {
                    if (pendingSpaces == spaces.length) {
                        char[] larger = new char[spaces.length * 2];
                        System.arraycopy(spaces, 0, larger, 0, pendingSpaces);
                        spaces = larger;
                    }
                    spaces[pendingSpaces++] = c;
                }
                return i;
            }
            case '\\', ';', ',' -> {
                escaped(c);
                return i;
            }
            case '\n' -> {
                escaped('n');
                return i;
            }
            case '\r' -> {
                escaped('n');
                if (i + 1 < length) {
                    return piece.charAt(i + 1) == '\n' ? i + 1 : i;
                }
                afterCr = true;
                return i;
            }
            default -> {
                if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                    return i; // removed: no control character reaches the output
                }
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 < length) {
                        char next = piece.charAt(i + 1);
                        if (Character.isLowSurrogate(next)) {
                            flushSpaces();
                            putWide(Character.toCodePoint(c, next), 4);
                            emitted = true;
                            return i + 1;
                        }
                        return i; // unpaired: removed
                    }
                    high = c;
                    return i;
                }
                if (Character.isLowSurrogate(c)) {
                    return i; // unpaired: removed
                }
                flushSpaces();
                putWide(c, c < 0x800 ? 2 : 3);
                emitted = true;
                return i;
            }
        }
    }

    private void escaped(char c) {
        flushSpaces();
        putAscii('\\');
        putAscii(c);
        emitted = true;
    }

    private void flushSpaces() {
        int count = pendingSpaces;
        if (count == 0) {
            return;
        }
        pendingSpaces = 0;
        for (int k = 0; k < count; k++) {
            putAscii(spaces[k]);
        }
    }

    private void resetText() {
        closeText();
        emitted = false;
    }

    /** Ends a TEXT value: trailing spaces and tabs, and a lone high surrogate, are dropped. */
    private void closeText() {
        pendingSpaces = 0;
        high = 0;
        afterCr = false;
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
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                if (octets == MAX_OCTETS) {
                    fold();
                }
                buffer[pos++] = (byte) c;
                octets++;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < length
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                putWide(Character.toCodePoint(c, value.charAt(++i)), 4);
            } else if (Character.isSurrogate(c)) {
                putWide(0xfffd, 3); // never in our values: TextEscaper removes unpaired surrogates
            } else {
                putWide(c, c < 0x800 ? 2 : 3);
            }
        }
    }

    /** Writes one code point of 2 to 4 octets, folding first when it does not fit on the line. */
    private void putWide(int codePoint, int width) {
        if (octets + width > MAX_OCTETS) {
            fold();
        }
        byte[] out = buffer;
        int at = pos;
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
        pos = at + width;
        octets += width;
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
