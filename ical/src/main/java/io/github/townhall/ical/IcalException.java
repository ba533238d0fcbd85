package io.github.townhall.ical;

import org.jspecify.annotations.Nullable;

/**
 * The one exception of the iCalendar module: a feed could not be written, or a {@code .ics}
 * file could not be read. It says where (the line of the file, when reading) and why, and keeps
 * the underlying cause (an I/O error, or the parser's own exception).
 *
 * <p>This exception is unchecked and immutable.
 *
 * @since 0.1
 */
public final class IcalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The line of the file where the problem is, or 0 when there is none. */
    private final int line;

    /**
     * Creates an exception that names no line.
     *
     * @param message why, not null
     * @param cause the underlying cause, or null
     */
    public IcalException(String message, @Nullable Throwable cause) {
        this(message, 0, cause);
    }

    /**
     * Creates an exception about a line of an iCalendar file.
     *
     * @param message why, not null
     * @param line the line, from 1, or 0 when unknown
     * @param cause the underlying cause, or null
     */
    public IcalException(String message, int line, @Nullable Throwable cause) {
        super(line > 0 ? "line " + line + ": " + message : message, cause);
        this.line = Math.max(line, 0);
    }

    /** {@return the line of the iCalendar file the error is about, from 1, or 0 when it is not about a line} */
    public int line() {
        return line;
    }
}
