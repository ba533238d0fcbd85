package io.github.townhall.ical.internal;

import io.github.townhall.place.Venue;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * LOCATION: the venue's name, room, building, street, postal code and city, and country, joined
 * by commas; for an online-only session, its link.
 */
final class LocationScribe implements PropertyScribe {
    @Override
    public void write(EventContext event, ContentLineWriter out) {
        Venue venue = event.session().venue();
        if (venue == null) {
            return;
        }
        String postalCode = venue.postalCode();
        String city = venue.city();
        String town = postalCode == null
                ? (city == null ? "" : city.strip())
                : city == null ? postalCode.strip() : (postalCode + " " + city).strip();
        if (blank(venue.name())
                && blank(venue.room())
                && blank(venue.building())
                && blank(venue.street())
                && town.isEmpty()
                && blank(venue.country())) {
            URI online = venue.onlineLink();
            if (online != null) {
                out.start("LOCATION").text(online.toString());
            }
            return;
        }
        // the parts joined by commas, given to the line one by one
        out.start("LOCATION").beginText();
        boolean first = part(venue.name(), true, out);
        first = part(venue.room(), first, out);
        first = part(venue.building(), first, out);
        first = part(venue.street(), first, out);
        first = part(town.isEmpty() ? null : town, first, out);
        part(venue.country(), first, out);
        out.endText();
    }

    private static boolean blank(@Nullable String part) {
        return part == null || part.isBlank();
    }

    /**
     * Adds a part of the location, after a comma unless it is the first; returns whether none is
     * written yet.
     */
    private static boolean part(@Nullable String part, boolean first, ContentLineWriter out) {
        if (part == null || part.isBlank()) {
            return first;
        }
        if (!first) {
            out.append(", ");
        }
        out.append(part);
        return false;
    }
}
