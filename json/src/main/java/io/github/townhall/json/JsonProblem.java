package io.github.townhall.json;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in a JSON document: what kind, where (JSON Pointer, line, column) and why.
 *
 * <p>Pointers follow RFC 6901 ({@code /sessions/2/schedule/end}); the empty pointer is the whole
 * document. Lines and columns start at 1; 0 means not known.
 *
 * @param kind the kind of problem, not null
 * @param pointer the JSON Pointer of the value at fault, not null
 * @param line the line, from 1, or 0 when not known
 * @param column the column, from 1, or 0 when not known
 * @param message what is wrong, a sentence for a person, not null
 * @param constraint for a validation problem, the constraint that failed (such as
 *     {@code jakarta.validation.constraints.NotBlank}), else null
 * @since 0.1
 */
public record JsonProblem(
        Kind kind,
        String pointer,
        int line,
        int column,
        String message,
        @Nullable String constraint) {

    /**
     * Creates a problem.
     *
     * @param kind the kind, not null
     * @param pointer the JSON Pointer, not null
     * @param line the line, or 0
     * @param column the column, or 0
     * @param message the message, not null
     * @param constraint the constraint, or null
     */
    public JsonProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /** The kinds of problem, in the order a reader meets them. */
    public enum Kind {
        /** The text is not well-formed JSON, or breaks a size limit, or repeats a key. */
        SYNTAX,
        /**
         * The text is JSON but not a townhall document: unknown or missing property, wrong type,
         * bad date, unknown enum value, unknown format version.
         */
        FORMAT,
        /** The record was read but breaks a business rule of the model (Bean Validation). */
        VALIDATION,
        /** The text could not be read or written at all: the stream failed. */
        IO
    }

    /**
     * Describes the problem with its place: {@code reason (at /pointer, line l, column c)}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(message).append(" (at ");
        out.append(pointer.isEmpty() ? "the document root" : pointer);
        if (line > 0) {
            out.append(", line ").append(line).append(", column ").append(column);
        }
        return out.append(')').toString();
    }
}
