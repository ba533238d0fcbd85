package io.github.townhall.benchmarks;

import java.io.OutputStream;
import java.io.Writer;

/** A writer that discards what it gets and counts the characters (against dead-code elimination). */
public final class NullWriter extends Writer {
    private long count;

    /**
     * Returns how many characters were written.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        count += length;
    }

    @Override
    public void write(String value, int offset, int length) {
        count += length;
    }

    @Override
    public void write(int c) {
        count++;
    }

    @Override
    public Writer append(CharSequence value, int start, int end) {
        count += end - start;
        return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    /**
     * Returns a stream that discards its bytes and counts them.
     *
     * @return a new stream, not null
     */
    public static CountingStream stream() {
        return new CountingStream();
    }

    /** A stream that discards its bytes and counts them. */
    public static final class CountingStream extends OutputStream {
        private long count;

        /**
         * Returns how many bytes were written.
         *
         * @return the count
         */
        public long count() {
            return count;
        }

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            count += length;
        }
    }
}
