package io.github.townhall.benchmarks;

import io.github.townhall.organisation.Organisation;
import io.github.townhall.place.GeoPoint;
import io.github.townhall.place.Venue;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.session.AgendaItem;
import io.github.townhall.session.Link;
import io.github.townhall.session.Session;
import io.github.townhall.session.Speaker;
import io.github.townhall.text.Text;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a user's own feed code would take from a session: the same properties our writer writes
 * (UID, stamps, SEQUENCE, times, STATUS, SUMMARY, a DESCRIPTION with questions, speakers, agenda
 * and links, LOCATION, GEO, URL, CATEGORIES, ORGANIZER). Both baselines build their events from
 * it, per event, so each pays the same mapping.
 *
 * @param uid the UID
 * @param stamp DTSTAMP
 * @param created CREATED, or null
 * @param modified LAST-MODIFIED, or null
 * @param sequence SEQUENCE
 * @param start DTSTART
 * @param end DTEND
 * @param status STATUS
 * @param summary SUMMARY
 * @param language the LANGUAGE of the texts
 * @param description DESCRIPTION, or null
 * @param location LOCATION, or null
 * @param latitude GEO latitude, or null
 * @param longitude GEO longitude, or null
 * @param url URL, or null
 * @param category CATEGORIES
 * @param organizerName the CN of ORGANIZER
 * @param organizer the address of ORGANIZER
 */
public record PlainEvent(
        String uid,
        Instant stamp,
        @Nullable Instant created,
        @Nullable Instant modified,
        int sequence,
        ZonedDateTime start,
        ZonedDateTime end,
        String status,
        String summary,
        String language,
        @Nullable String description,
        @Nullable String location,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable String url,
        String category,
        String organizerName,
        String organizer) {

    /**
     * Maps a session with an exact schedule.
     *
     * @param session the session, not null
     * @param organisation its organisation, not null
     * @param domain the UID domain, not null
     * @return the event, not null
     */
    public static PlainEvent of(Session session, Organisation organisation, String domain) {
        ExactSchedule schedule = (ExactSchedule) session.schedule();
        Text label = session.label();
        if (label == null) {
            label = Text.fr(organisation.name());
        }
        Locale language = label.originalLanguage();
        Instant created = session.revision().created();
        Instant modified = session.revision().modified();
        Venue venue = session.venue();
        URI url = venue != null ? venue.onlineLink() : null;
        GeoPoint coordinates = venue != null ? venue.coordinates() : null;
        String email = organisation.email();
        return new PlainEvent(
                session.id().value() + "@" + domain,
                modified != null ? modified : created != null ? created : Instant.EPOCH,
                created,
                modified,
                session.revision().number(),
                ZonedDateTime.of(schedule.start(), schedule.zone()),
                ZonedDateTime.of(schedule.end(), schedule.zone()),
                switch (session.status()) {
                    case PLANNED, POSTPONED -> "TENTATIVE";
                    case SCHEDULED, HELD -> "CONFIRMED";
                    case CANCELLED -> "CANCELLED";
                },
                label.bestFor(language),
                language.toLanguageTag(),
                description(session, language),
                venue == null ? null : location(venue),
                coordinates == null ? null : coordinates.latitude(),
                coordinates == null ? null : coordinates.longitude(),
                url == null ? null : url.toString(),
                session.format().name().toLowerCase(Locale.ROOT),
                organisation.name(),
                email != null
                        ? "mailto:" + email
                        : "urn:townhall:" + organisation.id().value());
    }

    private static @Nullable String description(Session session, Locale language) {
        StringBuilder out = new StringBuilder();
        for (Text question : session.questions()) {
            out.append(question.bestFor(language)).append('\n');
        }
        Text description = session.description();
        if (description != null) {
            out.append(description.bestFor(language)).append("\n\n");
        }
        if (!session.speakers().isEmpty()) {
            out.append("Intervenants :\n");
            for (Speaker speaker : session.speakers()) {
                out.append("- ")
                        .append(speaker.person().name())
                        .append(" (")
                        .append(speaker.role())
                        .append(")\n");
            }
        }
        if (!session.agenda().isEmpty()) {
            out.append("\nOrdre du jour :\n");
            agenda(session.agenda(), "", language, out);
        }
        if (!session.links().isEmpty()) {
            out.append("\nLiens :\n");
            for (Link link : session.links()) {
                out.append("- ");
                if (link.title() != null) {
                    out.append(link.title().bestFor(language)).append(' ');
                }
                if (link.uri() != null) {
                    out.append(link.uri());
                }
                out.append('\n');
            }
        }
        return out.length() == 0 ? null : out.toString().strip();
    }

    private static void agenda(List<AgendaItem> items, String prefix, Locale language, StringBuilder out) {
        int number = 1;
        for (AgendaItem item : items) {
            String label = prefix + number++ + ".";
            out.append(label).append(' ').append(item.title().bestFor(language)).append('\n');
            agenda(item.items(), label, language, out);
        }
    }

    private static @Nullable String location(Venue venue) {
        List<String> parts = new ArrayList<>(6);
        addIfPresent(parts, venue.name());
        addIfPresent(parts, venue.room());
        addIfPresent(parts, venue.street());
        addIfPresent(parts, venue.city());
        addIfPresent(parts, venue.country());
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static void addIfPresent(List<String> parts, @Nullable String part) {
        if (part != null) {
            parts.add(part);
        }
    }
}
