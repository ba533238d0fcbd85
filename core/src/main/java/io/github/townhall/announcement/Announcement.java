package io.github.townhall.announcement;

import io.github.townhall.constraint.HttpUrl;
import io.github.townhall.id.Identifier;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.session.SessionId;
import io.github.townhall.text.NotBlankText;
import io.github.townhall.text.SingleLine;
import io.github.townhall.text.Text;
import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A dated public message of an organisation (annonce), such as a post on a social network,
 * optionally about a session.
 *
 * @param id the announcement's id, not null
 * @param organisation who published it, not null
 * @param date the day it was published, not null
 * @param text what it says, not null
 * @param link its address, or null
 * @param session the session it is about, or null
 * @param channel where it was published ("Twitter"), or null
 * @since 0.1
 */
public record Announcement(
        @Identifier AnnouncementId id,
        @Identifier OrganisationId organisation,
        LocalDate date,
        @NotBlankText Text text,
        @HttpUrl @Nullable URI link,
        @Identifier @Nullable SessionId session,
        @SingleLine @Nullable String channel) {
    /**
     * Creates an announcement.
     *
     * @param id the id, not null
     * @param organisation the publisher, not null
     * @param date the day, not null
     * @param text the message, not null
     * @param link its address, or null
     * @param session the session it is about, or null
     * @param channel where it was published, or null
     */
    public Announcement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
    }
}
