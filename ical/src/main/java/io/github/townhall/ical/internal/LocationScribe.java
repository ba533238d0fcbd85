package io.github.townhall.ical.internal;

import io.github.townhall.place.Venue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * LOCATION: the venue's name, room, building, street, postal code and city, and country, joined
 * by commas; for an online-only session, its link.
 */
final class LocationScribe implements PropertyScribe {
    @Override
    public void write(EventContext event, ContentLineWriter out) {
        if (event.session().venue().isPresent()) {
            Optional<String> location = location(event.session().venue().get());
            if (location.isPresent()) {
                out.start("LOCATION").text(location.get());
            }
        }
    }

    static Optional<String> location(Venue venue) {
        List<String> parts = new ArrayList<>(7);
        add(venue.name(), parts);
        add(venue.room(), parts);
        add(venue.building(), parts);
        add(venue.street(), parts);
        String town = (venue.postalCode().orElse("") + " " + venue.city().orElse("")).strip();
        if (!town.isEmpty()) {
            parts.add(town);
        }
        add(venue.country(), parts);
        if (parts.isEmpty()) {
            return venue.onlineLink().isPresent()
                    ? Optional.of(venue.onlineLink().get().toString())
                    : Optional.empty();
        }
        return Optional.of(String.join(", ", parts));
    }

    private static void add(Optional<String> part, List<String> parts) {
        if (part.isPresent() && !part.get().isBlank()) {
            parts.add(part.get());
        }
    }
}
