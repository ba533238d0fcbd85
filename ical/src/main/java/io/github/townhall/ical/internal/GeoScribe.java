package io.github.townhall.ical.internal;

import io.github.townhall.place.GeoPoint;
import io.github.townhall.place.Venue;
import java.util.Optional;

/** GEO: the venue's coordinates, latitude then longitude. */
final class GeoScribe implements PropertyScribe {
    @Override
    public void write(EventContext event, ContentLineWriter out) {
        Optional<Venue> venue = event.session().venue();
        if (venue.isPresent() && venue.get().coordinates().isPresent()) {
            GeoPoint point = venue.get().coordinates().get();
            out.line("GEO", Formats.decimal(point.latitude()) + ";" + Formats.decimal(point.longitude()));
        }
    }
}
