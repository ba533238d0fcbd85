package io.github.townhall.session;

import io.github.townhall.text.Text;
import java.net.URI;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The minutes of a session (compte-rendu) and where they stand: none, pending ("bientôt
 * disponible"), drafted, approved or published.
 *
 * <pre>{@code
 * Minutes soon = Minutes.pending(Text.fr("Le compte-rendu sera bientôt disponible sur le site."));
 * Minutes online = Minutes.published(URI.create("https://example.org/cr-2017-12-05"), LocalDate.of(2017, 12, 20));
 * }</pre>
 *
 * @since 0.1
 */
public sealed interface Minutes permits NoMinutes, PendingMinutes, DraftMinutes, ApprovedMinutes, PublishedMinutes {

    /** {@return the state of a session with no minutes, not null} */
    static Minutes none() {
        return NoMinutes.INSTANCE;
    }

    /**
     * Obtains pending minutes with a note.
     *
     * @param note what was said about them, not null
     * @return the minutes, not null
     */
    static Minutes pending(Text note) {
        return new PendingMinutes(note, null);
    }

    /**
     * Obtains minutes published at a link.
     *
     * @param link where they are, not null
     * @param on when they were published, or null
     * @return the minutes, not null
     */
    static Minutes published(URI link, @Nullable LocalDate on) {
        return new PublishedMinutes(null, link, on, null);
    }
}
