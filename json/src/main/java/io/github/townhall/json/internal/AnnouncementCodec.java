package io.github.townhall.json.internal;

import io.github.townhall.announcement.Announcement;
import io.github.townhall.announcement.AnnouncementId;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.session.SessionId;
import io.github.townhall.text.Text;
import java.net.URI;
import java.time.LocalDate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;

/** Announcements. */
public final class AnnouncementCodec {
    private static final String WHAT = "an announcement";
    private static final String PROPERTIES = "id, organisation, date, text, link, session, channel";

    private AnnouncementCodec() {}

    /**
     * Writes an announcement.
     *
     * @param g the generator
     * @param announcement the announcement
     */
    public static void write(JsonGenerator g, Announcement announcement) {
        g.writeStartObject();
        g.writeStringProperty("id", announcement.id().value());
        g.writeStringProperty("organisation", announcement.organisation().value());
        g.writeStringProperty("date", announcement.date().toString());
        Out.text(g, "text", announcement.text());
        Out.string(g, "link", announcement.link());
        Out.string(g, "session", announcement.session());
        Out.string(g, "channel", announcement.channel());
        g.writeEndObject();
    }

    /**
     * Reads an announcement.
     *
     * @param in the cursor
     * @return the announcement
     */
    public static Announcement read(In in) {
        TokenStreamLocation start = in.beginObject(WHAT);
        String id = null;
        String organisation = null;
        LocalDate date = null;
        Text text = null;
        URI link = null;
        String session = null;
        String channel = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "id" -> id = in.string();
                case "organisation" -> organisation = in.string();
                case "date" -> date = in.date();
                case "text" -> text = TextCodec.read(in);
                case "link" -> link = in.uri();
                case "session" -> session = in.string();
                case "channel" -> channel = in.string();
                default -> in.unknown(property, WHAT, PROPERTIES);
            }
        }
        return new Announcement(
                AnnouncementId.of(in.required(id, "id", WHAT, start)),
                OrganisationId.of(in.required(organisation, "organisation", WHAT, start)),
                in.required(date, "date", WHAT, start),
                in.required(text, "text", WHAT, start),
                link,
                session == null ? null : SessionId.of(session),
                channel);
    }
}
