package io.github.townhall.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * @param value the record, present only when there is no problem
 * @param problems the problems, empty when the record is valid; in document order of discovery
 * @param <T> the record's type
 */
public record JsonReadResult<T>(Optional<T> value, List<JsonProblem> problems) {
    /**
     * Creates a result.
     *
     * @param value the record, or empty
     * @param problems the problems, not null
     */
    public JsonReadResult {
        Objects.requireNonNull(value, "value");
        problems = List.copyOf(problems);
    }

    static <T> JsonReadResult<T> of(@Nullable T value, List<JsonProblem> problems) {
        return new JsonReadResult<>(problems.isEmpty() ? Optional.ofNullable(value) : Optional.empty(), problems);
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
        return value.orElseThrow();
    }
}
