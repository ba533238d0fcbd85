package io.github.townhall.session;

import io.github.townhall.constraint.HttpUrl;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * How people sign up for a session (inscription), when they must.
 *
 * @param required whether people must register to attend
 * @param capacity the number of places, or null when not limited or not known
 * @param link where to register, or null
 * @since 0.1
 */
public record Registration(
        boolean required,
        @Positive @Nullable Integer capacity,
        @HttpUrl @Nullable URI link) {
    /**
     * Obtains a required registration at a link, with a capacity.
     *
     * @param capacity the number of places, or null
     * @param link where to register, or null
     * @return the registration, not null
     */
    public static Registration required(@Nullable Integer capacity, @Nullable URI link) {
        return new Registration(true, capacity, link);
    }
}
