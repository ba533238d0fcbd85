package io.github.townhall.session;

import io.github.townhall.id.Identifier;
import io.github.townhall.place.Venue;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.text.SingleLine;
import io.github.townhall.text.Text;
import jakarta.validation.Valid;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The next session as announced at the end of one: "nous vous proposons de nous retrouver le
 * lundi 15 janvier 2018 à 18h, salle 21 du Collège Coopératif".
 *
 * <p>It holds what was announced, which may be less than or differ from the next session's own
 * record; {@code session} points to that record when there is one.
 *
 * @param session the next session's id, or null when it has no record yet
 * @param schedule when it was announced for, or null when {@code session} refers to a record of the
 *     same archive, which holds the date (one place per fact)
 * @param venue where, or null (null too when {@code session} refers to a record of the archive)
 * @param topic what it will be about, or null
 * @since 0.1
 */
public record NextSession(
        @Identifier @Nullable SessionId session,
        @Valid @Nullable Schedule schedule,
        @Valid @Nullable Venue venue,
        @SingleLine @Nullable Text topic) {
    /**
     * Creates a next-session reference.
     *
     * @param session the id, or null
     * @param schedule when, or null
     * @param venue where, or null
     * @param topic about what, or null
     * @throws IllegalArgumentException if both {@code session} and {@code schedule} are null
     */
    public NextSession {
        if (session == null && schedule == null) {
            throw new IllegalArgumentException("a next session needs its session id or its schedule");
        }
    }

    /**
     * Obtains a reference to the record of the next session, in the same archive.
     *
     * @param session the next session's id, not null
     * @return the reference, not null
     * @since 0.1
     */
    public static NextSession of(SessionId session) {
        return new NextSession(Objects.requireNonNull(session, "session"), null, null, null);
    }

    /**
     * Obtains a reference with only a schedule.
     *
     * @param schedule when, not null
     * @return the reference, not null
     */
    public static NextSession at(Schedule schedule) {
        return new NextSession(null, Objects.requireNonNull(schedule, "schedule"), null, null);
    }
}
