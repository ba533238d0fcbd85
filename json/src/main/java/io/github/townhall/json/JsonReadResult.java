package io.github.townhall.json;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link TownhallJson#readAndValidate(String, Class)} found: the record when it was read and
 * is valid, else every problem with its place.
 *
 * <pre>{@code
 * JsonReadResult<Archive> result = TownhallJson.defaults().readAndValidate(text, Archive.class);
 * result.problems().forEach(problem -> System.err.println(problem));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the record's type
 * @since 0.1
 */
public final class JsonReadResult<T> {
    private final @Nullable T value;
    private final List<JsonProblem> problems;

    private JsonReadResult(@Nullable T value, List<JsonProblem> problems) {
        this.problems = List.copyOf(problems);
        this.value = this.problems.isEmpty() ? value : null;
    }

    static <T> JsonReadResult<T> of(@Nullable T value, List<JsonProblem> problems) {
        return new JsonReadResult<>(value, problems);
    }

    /**
     * Returns the record, given only when it was read and there is no problem.
     *
     * @return the record, or null when there is a problem
     */
    public @Nullable T value() {
        return value;
    }

    /**
     * Returns the problems, in the order they were found: empty when the record is valid.
     *
     * @return an unmodifiable list, not null
     */
    public List<JsonProblem> problems() {
        return problems;
    }

    /**
     * Tells whether the document was read and the record is valid.
     *
     * @return true when there is no problem
     */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /**
     * Returns the record, or throws the first problem.
     *
     * @return the record, not null
     * @throws JsonException with the first problem if there is one
     */
    public T orElseThrow() {
        if (!problems.isEmpty()) {
            throw new JsonException(problems.get(0), null);
        }
        return Objects.requireNonNull(value, "value");
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other == this
                || (other instanceof JsonReadResult<?> that
                        && Objects.equals(value, that.value)
                        && problems.equals(that.problems));
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, problems);
    }

    @Override
    public String toString() {
        return isValid() ? "JsonReadResult[valid: " + value + "]" : "JsonReadResult" + problems;
    }
}
