package io.github.townhall.ical.internal;

/** GEO: the venue's coordinates, latitude then longitude. */
final class GeoScribe implements PropertyScribe {
    @Override
    public void write(EventContext event, ContentLineWriter out) {
        event.session()
                .venue()
                .flatMap(venue -> venue.coordinates())
                .ifPresent(point ->
                        out.line("GEO", Formats.decimal(point.latitude()) + ";" + Formats.decimal(point.longitude())));
    }
}
