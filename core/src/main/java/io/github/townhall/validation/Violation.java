package io.github.townhall.validation;

import java.util.Objects;

/**
 * One broken rule of a record: where, which rule, what is wrong, and the value at fault.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the property path from the validated object, in Bean Validation form
 *     ({@code sessions[2].schedule.end}); empty when the object itself is at fault; not null
 * @param constraint the qualified name of the constraint annotation
 *     ({@code io.github.townhall.schedule.EndAfterStart},
 *     {@code jakarta.validation.constraints.NotBlank}); its message key is this name plus
 *     {@code .message}; not null
 * @param message what is wrong and what is expected, in the validator's language, not null
 * @param invalidValue the value at fault printed on one line (control characters escaped) and
 *     shortened to 80 characters, {@code "null"} when absent; not null
 * @since 0.1
 */
public record Violation(String path, String constraint, String message, String invalidValue) {
    /**
     * Creates a violation.
     *
     * @param path the property path, not null
     * @param constraint the constraint's qualified name, not null
     * @param message the message, not null
     * @param invalidValue the printed value, not null
     * @throws NullPointerException if any argument is null
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(invalidValue, "invalidValue");
    }

    /** {@return the message key of the constraint: its qualified name plus {@code .message}} */
    public String messageKey() {
        return constraint + ".message";
    }

    /** {@return the violation on one line: {@code path: message (value)}} */
    @Override
    public String toString() {
        return (path.isEmpty() ? "(record)" : path) + ": " + message + " (" + invalidValue + ")";
    }
}
