package io.github.townhall.ical.internal;

import io.github.townhall.place.Venue;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * LOCATION: the venue's name, room, building, street, postal code and city, and country, joined
 * by commas; for an online-only session, its link.
 */
final class LocationScribe implements PropertyScribe {
    @Override
    public void write(EventContext event, ContentLineWriter out) {
        Venue venue = event.session().venue();
        String location = venue != null ? location(venue) : null;
        if (location != null) {
            out.start("LOCATION").text(location);
        }
    }

    static @Nullable String location(Venue venue) {
        List<String> parts = new ArrayList<>(7);
        add(venue.name(), parts);
        add(venue.room(), parts);
        add(venue.building(), parts);
        add(venue.street(), parts);
        String town = (orEmpty(venue.postalCode()) + " " + orEmpty(venue.city())).strip();
        if (!town.isEmpty()) {
            parts.add(town);
        }
        add(venue.country(), parts);
        if (parts.isEmpty()) {
            URI online = venue.onlineLink();
            return online != null ? online.toString() : null;
        }
        return String.join(", ", parts);
    }

    private static void add(@Nullable String part, List<String> parts) {
        if (part != null && !part.isBlank()) {
            parts.add(part);
        }
    }

    private static String orEmpty(@Nullable String part) {
        return part != null ? part : "";
    }
}
