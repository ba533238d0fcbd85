package io.github.townhall.ical.internal;

import io.github.townhall.ical.IcalException;

/**
 * Carries what stops an import through the parser to {@link ImportHandler#parse}, which throws it
 * unchanged: a broken limit (an {@link IcalException} naming the limit and the line) or the
 * consumer's own exception.
 */
final class ImportAbort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final RuntimeException thrown;

    private ImportAbort(RuntimeException thrown) {
        super(thrown.getMessage(), thrown, false, false);
        this.thrown = thrown;
    }

    /**
     * A limit broken.
     *
     * @param message what is broken and how to change the limit, not null
     * @param line the line of the file
     * @return the carrier, not null
     */
    static ImportAbort limit(String message, int line) {
        return new ImportAbort(new IcalException(message, line, null));
    }

    /**
     * An exception of the consumer of sessions or cycles, handed back unchanged.
     *
     * @param thrown the exception, not null
     * @return the carrier, not null
     */
    static ImportAbort of(RuntimeException thrown) {
        return new ImportAbort(thrown);
    }

    /**
     * The exception to throw to the caller.
     *
     * @return it, not null
     */
    RuntimeException thrown() {
        return thrown;
    }
}
