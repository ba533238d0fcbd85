package io.github.townhall.json;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one exception of townhall's JSON module: a document could not be read (it is not JSON, or
 * not townhall's format) or a record could not be written.
 *
 * <p>It says where: the JSON Pointer of the value at fault ({@code /sessions/2/schedule/end}, the
 * empty string for the whole document), and the line and column in the text (1-based; 0 when not
 * known, as when writing). It says why in a sentence a person understands ({@link #reason()});
 * {@link #getMessage()} adds the place. The parser's own exception, when there is one, is kept as
 * the cause.
 *
 * <pre>{@code
 * try {
 *     Archive archive = TownhallJson.defaults().readArchive(text);
 * } catch (JsonException e) {
 *     System.err.println(e.pointer() + " line " + e.line() + ": " + e.reason());
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class JsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong and where. */
    private final JsonProblem problem;

    /**
     * Creates an exception for a problem.
     *
     * @param problem what went wrong and where, not null
     * @param cause the underlying exception, or null
     */
    public JsonException(JsonProblem problem, @Nullable Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").toString(), cause);
        this.problem = problem;
    }

    /**
     * Returns the problem: kind, pointer, line, column and reason together.
     *
     * @return the problem, not null
     */
    public JsonProblem problem() {
        return problem;
    }

    /**
     * Returns the JSON Pointer of the value at fault, the empty string for the whole document.
     *
     * @return the pointer, not null
     */
    public String pointer() {
        return problem.pointer();
    }

    /**
     * Returns the line of the value at fault, from 1; 0 when not known.
     *
     * @return the line
     */
    public int line() {
        return problem.line();
    }

    /**
     * Returns the column of the value at fault, from 1; 0 when not known.
     *
     * @return the column
     */
    public int column() {
        return problem.column();
    }

    /**
     * Returns what went wrong, as a sentence, without the place.
     *
     * @return the reason, not null
     */
    public String reason() {
        return problem.message();
    }
}
