package io.github.townhall.ical.internal;

import io.github.townhall.place.GeoPoint;
import io.github.townhall.place.Venue;

/** GEO: the venue's coordinates, latitude then longitude. */
final class GeoScribe implements PropertyScribe {
    @Override
    public void write(EventContext event, ContentLineWriter out) {
        Venue venue = event.session().venue();
        GeoPoint point = venue != null ? venue.coordinates() : null;
        if (point != null) {
            out.line("GEO", Formats.decimal(point.latitude()) + ";" + Formats.decimal(point.longitude()));
        }
    }
}
