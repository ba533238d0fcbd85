package io.github.townhall.ical.internal;

import io.github.townhall.ical.IcalException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the content lines of an iCalendar file (RFC 5545, section 3.1) and hands them to an
 * {@link Handler} as components and properties, in one pass over a buffer, with the import's
 * limits of length checked as the characters come. It reads what iCal4j's {@code
 * CalendarParserImpl} read (the same values, the same parameters, the same structure: BEGIN and
 * END matched exactly, empty lines only after a BEGIN or after the calendar), with three
 * differences: a line break followed by a space or a tab continues the line after a bare LF or CR
 * too, a lone CR ends a line, and a line that is no property (no colon, a parameter without
 * {@code =}, an unclosed quote) is left out with an issue at its line instead of taking the next
 * line as its value.
 *
 * <p>As in iCal4j, the control characters U+0000 to U+0014 but TAB, LF and CR are left out of
 * names and values (not of quoted parameter values), and a backslash in a quoted parameter value
 * escapes the next character ({@code \n} a line feed, {@code \t} a tab, ...).
 */
final class ContentLineReader {
    /** Receives what the reader finds. */
    interface Handler {
        /** A VCALENDAR begins. */
        void startCalendar();

        /**
         * A component begins.
         *
         * @param name its name as written
         * @param line the line of its BEGIN
         */
        void startComponent(String name, int line);

        /**
         * A component ends.
         *
         * @param name its name as written
         */
        void endComponent(String name);

        /**
         * A property, inside VCALENDAR.
         *
         * @param prop the property, not null
         */
        void property(ContentLine prop);

        /**
         * A line inside VCALENDAR that is no property, left out.
         *
         * @param name the name it starts with, or empty
         * @param line its line
         * @param why what is wrong, not null
         */
        void unreadable(String name, int line, String why);
    }

    /** How many empty lines may come before BEGIN:VCALENDAR, as iCal4j allows. */
    private static final int LEADING_EMPTY_LINES = 10;

    /** The longest part of a line shown in an error. */
    private static final int SHOWN = 40;

    private final Reader in;
    private final ImportLimits limits;
    private final char[] buffer = new char[1 << 13];
    private int position;
    private int end;

    private char[] line = new char[256];
    private int length;
    private int lineStart;
    private boolean endedByBreak;
    private boolean controls;

    private int newlines;
    private long total;
    private int lineLength;
    private boolean afterBreak;

    /**
     * Creates a reader.
     *
     * @param in the text, not null
     * @param limits the limits of the file's length and of one unfolded line, not null
     */
    ContentLineReader(Reader in, ImportLimits limits) {
        this.in = in;
        this.limits = limits;
    }

    /** {@return the line the reader is at, from 1} */
    int line() {
        return newlines + 1;
    }

    /**
     * Reads the whole file.
     *
     * @param handler receives the components and properties, not null
     * @throws IOException if the text cannot be read
     * @throws IcalException if the text is not iCalendar
     */
    void parse(Handler handler) throws IOException {
        int empty = 0;
        while (true) {
            if (!next()) {
                throw notIcal("the file is empty or holds only empty lines", line());
            }
            if (length > 0) {
                break;
            }
            if (++empty > LEADING_EMPTY_LINES) {
                throw notIcal("it does not begin with BEGIN:VCALENDAR", lineStart);
            }
        }
        if (length > 0 && line[0] == '\uFEFF') {
            System.arraycopy(line, 1, line, 0, --length);
        }
        List<String> stack = new ArrayList<>();
        while (true) {
            int start = lineStart;
            if (!isCalendarBegin()) {
                throw notIcal("it does not begin with BEGIN:VCALENDAR", start);
            }
            handler.startCalendar();
            stack.clear();
            boolean emptyAllowed = true;
            while (true) {
                if (!next()) {
                    String open = stack.isEmpty() ? "VCALENDAR" : stack.get(stack.size() - 1);
                    throw notIcal("the file ends before END:" + open, line());
                }
                if (length == 0) {
                    if (!emptyAllowed) {
                        throw notIcal(
                                "an empty line inside " + (stack.isEmpty() ? "VCALENDAR" : stack.get(0)), lineStart);
                    }
                    continue;
                }
                emptyAllowed = false;
                int colon = nameEnd();
                if (colon == 5 && startsWith("BEGIN") && line[5] == ':') {
                    String name = componentName(6);
                    if (!endedByBreak) {
                        throw notIcal("the file ends after BEGIN:" + shown(name), lineStart);
                    }
                    stack.add(name);
                    handler.startComponent(name, lineStart);
                    emptyAllowed = true;
                } else if (colon == 3 && startsWith("END") && line[3] == ':') {
                    if (stack.isEmpty()) {
                        String name = text(4, length);
                        if (!name.equalsIgnoreCase("VCALENDAR")) {
                            throw notIcal("END:" + shown(name) + " where END:VCALENDAR was expected", lineStart);
                        }
                        break;
                    }
                    String open = stack.get(stack.size() - 1);
                    String name = text(4, length);
                    if (!name.equals(open)) {
                        throw notIcal("END:" + shown(name) + " where END:" + open + " was expected", lineStart);
                    }
                    if (!endedByBreak) {
                        throw notIcal("the file ends after END:" + open, lineStart);
                    }
                    stack.remove(stack.size() - 1);
                    handler.endComponent(name);
                } else if ((colon == 5 && startsWith("BEGIN")) || (colon == 3 && startsWith("END"))) {
                    throw notIcal(new String(line, 0, colon) + " with parameters", lineStart);
                } else {
                    ContentLine prop = property(colon, handler);
                    if (prop != null) {
                        handler.property(prop);
                    }
                }
            }
            // after END:VCALENDAR: empty lines, then the end or another calendar
            do {
                if (!next()) {
                    return;
                }
            } while (length == 0);
        }
    }

    private boolean isCalendarBegin() {
        int colon = nameEnd();
        if (!(colon == 5 && startsWith("BEGIN") && line[5] == ':' && endedByBreak)) {
            return false;
        }
        return text(6, length).equalsIgnoreCase("VCALENDAR");
    }

    private boolean startsWith(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (line[i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The index of the colon or semicolon after the name, or -1 when the name is no name. */
    private int nameEnd() {
        for (int i = 0; i < length; i++) {
            char c = line[i];
            if (c == ':' || c == ';') {
                return i == 0 ? -1 : i;
            }
            if (!wordChar(c)) {
                return -1;
            }
        }
        return -1;
    }

    private String componentName(int from) {
        for (int i = from; i < length; i++) {
            if (!wordChar(line[i])) {
                throw notIcal("'" + shown(new String(line, from, length - from)) + "' is no component name", lineStart);
            }
        }
        if (from == length) {
            throw notIcal("BEGIN without a component name", lineStart);
        }
        return text(from, length);
    }

    /** Whether a character may be part of a name (what iCal4j's tokenizer reads as one word). */
    private static boolean wordChar(char c) {
        return (c >= 32 || dropped(c)) && c != ':' && c != ';' && c != '=' && c != '"';
    }

    /** The property on {@link #line}, or null when the line is none (the handler is told). */
    private @Nullable ContentLine property(int nameEnd, Handler handler) {
        if (nameEnd < 0) {
            handler.unreadable("", lineStart, "'" + shown(text(0, length)) + "' is no property (a name, then a colon)");
            return null;
        }
        String name = upper(0, nameEnd);
        Map<String, String> params = Map.of();
        int i = nameEnd;
        while (line[i] == ';') {
            int eq = i + 1;
            while (eq < length && wordChar(line[eq])) {
                eq++;
            }
            if (eq == i + 1 || eq >= length || line[eq] != '=') {
                handler.unreadable(name, lineStart, "a parameter without a name and '='");
                return null;
            }
            String key = upper(i + 1, eq);
            StringBuilder value = new StringBuilder();
            int j = eq + 1;
            if (j < length && line[j] == '"') {
                j = quoted(j + 1, value);
            } else {
                while (j < length && line[j] != ';' && line[j] != ':') {
                    char c = line[j];
                    if (c == '"') {
                        int close = indexOf('"', j + 1);
                        if (close < 0) {
                            j = -1;
                            break;
                        }
                        value.append('"');
                        j = close + 1;
                        continue;
                    }
                    if (!dropped(c)) {
                        value.append(c);
                    }
                    j++;
                }
            }
            if (j < 0) {
                handler.unreadable(name, lineStart, "a parameter value with an unclosed quote");
                return null;
            }
            if (j >= length || (line[j] != ';' && line[j] != ':')) {
                handler.unreadable(name, lineStart, "no colon after the parameters");
                return null;
            }
            if (params.isEmpty()) {
                params = new HashMap<>(4);
            }
            params.put(key, value.toString());
            i = j;
        }
        return new ContentLine(name, params, text(i + 1, length), lineStart);
    }

    /**
     * Reads a quoted parameter value from after its quote.
     *
     * @return the index after the closing quote, or -1 when there is none
     */
    private int quoted(int from, StringBuilder value) {
        int i = from;
        while (i < length) {
            char c = line[i++];
            if (c == '"') {
                return i;
            }
            if (c == '\\' && i < length) {
                char next = line[i++];
                switch (next) {
                    case 'a' -> value.append('\u0007');
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case 'n' -> value.append('\n');
                    case 'r' -> value.append('\r');
                    case 't' -> value.append('\t');
                    case 'v' -> value.append('\u000B');
                    default -> {
                        if (next >= '0' && next <= '7') {
                            int octal = next - '0';
                            int max = next <= '3' ? 2 : 1;
                            for (int k = 0; k < max && i < length && line[i] >= '0' && line[i] <= '7'; k++) {
                                octal = octal * 8 + line[i++] - '0';
                            }
                            value.append((char) octal);
                        } else {
                            value.append(next);
                        }
                    }
                }
            } else {
                value.append(c);
            }
        }
        return -1;
    }

    private int indexOf(char c, int from) {
        for (int i = from; i < length; i++) {
            if (line[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** The characters from {@code from} to {@code to}, without the control characters left out. */
    private String text(int from, int to) {
        if (!controls) {
            return new String(line, from, to - from);
        }
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            if (!dropped(line[i])) {
                out.append(line[i]);
            }
        }
        return out.toString();
    }

    /** A name in upper case, without a copy when it is upper case already. */
    private String upper(int from, int to) {
        String name = text(from, to);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ((c >= 'a' && c <= 'z') || c >= 128) {
                return name.toUpperCase(Locale.ROOT);
            }
        }
        return name;
    }

    /** The control characters iCal4j's tokenizer reads as white space: U+0000 to U+0014 but TAB, LF and CR. */
    private static boolean dropped(char c) {
        return c <= 20 && c != '\t' && c != '\n' && c != '\r';
    }

    /**
     * Reads the next content line, unfolded, into {@link #line}, without the left-out control
     * characters' effect on emptiness: a line of them alone is empty.
     *
     * @return false at the end of the text with nothing read
     */
    private boolean next() throws IOException {
        length = 0;
        controls = false;
        lineStart = newlines + 1;
        boolean any = false;
        while (true) {
            if (position < end) {
                any |= run();
            }
            int c = read();
            if (c < 0) {
                endedByBreak = false;
                return any;
            }
            any = true;
            if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    if (peek() == '\n') {
                        read();
                    } else {
                        newlines++;
                        afterBreak = true;
                    }
                }
                int d = peek();
                if (d == ' ' || d == '\t') {
                    read();
                    continue;
                }
                endedByBreak = true;
                if (controls && onlyControls()) {
                    length = 0;
                }
                return true;
            }
            if (dropped((char) c)) {
                controls = true;
            }
            append((char) c);
        }
    }

    /**
     * Copies the characters up to the next line break in the buffer to {@link #line}, counted
     * against the limits as {@link #read()} counts them one by one.
     *
     * @return whether any character was copied
     */
    private boolean run() {
        char[] b = buffer;
        int from = position;
        int p = from;
        int stop = end;
        boolean control = false;
        while (p < stop) {
            char c = b[p];
            if (c < 21) {
                if (c == '\r' || c == '\n') {
                    break;
                }
                control |= c != '\t';
            }
            p++;
        }
        int count = p - from;
        if (count == 0) {
            return false;
        }
        controls |= control;
        if (afterBreak && b[from] != ' ' && b[from] != '\t') {
            lineLength = 0;
        }
        afterBreak = false;
        // the index in the run of the first character past each limit, as read() would find it
        long pastInput = limits.input() - total;
        long pastLine = (long) limits.line() - lineLength;
        total += count;
        lineLength += count;
        if (pastInput < count && pastInput <= pastLine) {
            limits.checkInput(total, line());
        }
        if (pastLine < count) {
            limits.checkLine(lineLength, line());
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
        }
        System.arraycopy(b, from, line, length, count);
        length += count;
        position = p;
        return true;
    }

    private void append(char c) {
        if (length == line.length) {
            line = Arrays.copyOf(line, line.length * 2);
        }
        line[length++] = c;
    }

    private boolean onlyControls() {
        for (int i = 0; i < length; i++) {
            if (!dropped(line[i])) {
                return false;
            }
        }
        return true;
    }

    private int peek() throws IOException {
        if (position == end && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    /** The next character, counted against the limits, or -1. */
    private int read() throws IOException {
        if (position == end && !fill()) {
            return -1;
        }
        char c = buffer[position++];
        if (++total > limits.input()) {
            limits.checkInput(total, line());
        }
        if (afterBreak && c != ' ' && c != '\t') {
            lineLength = 0;
        }
        afterBreak = false;
        if (c == '\n') {
            newlines++;
            afterBreak = true;
        } else if (c != '\r' && ++lineLength > limits.line()) {
            limits.checkLine(lineLength, line());
        }
        return c;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        while (n == 0) {
            n = in.read(buffer, 0, buffer.length);
        }
        if (n < 0) {
            return false;
        }
        position = 0;
        end = n;
        return true;
    }

    private static IcalException notIcal(String message, int line) {
        return new IcalException("Not an iCalendar file: " + message, line, null);
    }

    private static String shown(String text) {
        String clean = text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
        StringBuilder out = new StringBuilder(clean.length());
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            out.append(c < 32 || c == 127 ? '?' : c);
        }
        return out.toString();
    }
}
