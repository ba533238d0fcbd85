package io.github.townhall.ical.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that counts the lines it has handed out, for issues and errors, and enforces the
 * limits of the file's length and of one unfolded content line (a line break followed by a
 * space or a tab continues the line). It hands out one character at a time, so that the line it
 * counts is the parser's.
 */
final class CountingReader extends FilterReader {
    private final ImportLimits limits;
    private int newlines;
    private long total;
    private int lineLength;
    private boolean afterBreak;

    CountingReader(Reader in, ImportLimits limits) {
        super(in);
        this.limits = limits;
    }

    int line() {
        return newlines + 1;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, Math.min(length, 1));
        for (int i = 0; i < n; i++) {
            count(buffer[offset + i]);
        }
        return n;
    }

    private void count(char c) {
        limits.checkInput(++total, line());
        if (afterBreak && c != ' ' && c != '\t') {
            lineLength = 0;
        }
        afterBreak = false;
        if (c == '\n') {
            newlines++;
            afterBreak = true;
        } else if (c != '\r') {
            limits.checkLine(++lineLength, line());
        }
    }
}
