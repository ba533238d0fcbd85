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
        event.session().venue().flatMap(LocationScribe::location).ifPresent(location -> out.start("LOCATION")
                .text(location));
    }

    static Optional<String> location(Venue venue) {
        List<String> parts = new ArrayList<>();
        venue.name().ifPresent(parts::add);
        venue.room().ifPresent(parts::add);
        venue.building().ifPresent(parts::add);
        venue.street().ifPresent(parts::add);
        String town = (venue.postalCode().orElse("") + " " + venue.city().orElse("")).strip();
        if (!town.isEmpty()) {
            parts.add(town);
        }
        venue.country().ifPresent(parts::add);
        parts.removeIf(String::isBlank);
        if (parts.isEmpty()) {
            return venue.onlineLink().map(Object::toString);
        }
        return Optional.of(String.join(", ", parts));
    }
}
