package io.github.townhall.jsonld.internal;

import java.io.Writer;

/**
 * A {@link Writer} into a {@link StringBuilder}, without the locking of {@link java.io.StringWriter}:
 * the documents returned as strings are written through it by one thread.
 */
public final class TextWriter extends Writer {
    private final StringBuilder text;

    /**
     * Creates a writer.
     *
     * @param capacity the characters to hold before growing
     */
    public TextWriter(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    /** {@return what was written} */
    @Override
    public String toString() {
        return text.toString();
    }
}
