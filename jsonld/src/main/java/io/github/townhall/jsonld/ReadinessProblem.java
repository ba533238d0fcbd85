package io.github.townhall.jsonld;

import java.util.Objects;

/**
 * One reason a session's {@code Event} would not qualify for Google's event results, with a
 * sentence naming the session, for editors: "Session rencontres-toulouse-4 takes place at a venue
 * with no street, postal code nor city: its Place has no address".
 *
 * <pre>{@code
 * for (ReadinessProblem problem : SchemaOrg.readiness(archive, session)) {
 *     System.err.println(problem.message());
 * }
 * }</pre>
 *
 * @param reason the reason
 * @param message an English sentence naming the session and what is missing
 * @since 0.1
 */
public record ReadinessProblem(ReadinessReason reason, String message) {

    /**
     * Creates a problem.
     *
     * @param reason the reason, not null
     * @param message the sentence, not null
     * @throws NullPointerException if an argument is null
     */
    public ReadinessProblem {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    /** {@return the message} */
    @Override
    public String toString() {
        return message;
    }
}
