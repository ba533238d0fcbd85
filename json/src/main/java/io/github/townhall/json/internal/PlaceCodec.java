package io.github.townhall.json.internal;

import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.place.AccessFeature;
import io.github.townhall.place.GeoPoint;
import io.github.townhall.place.Venue;
import io.github.townhall.place.VenueBuilder;
import java.net.URI;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;

/** Places: a venue, its coordinates and its accessibility features. */
public final class PlaceCodec {
    private static final String VENUE = "a venue";
    private static final String VENUE_PROPERTIES =
            "name, room, building, street, postalCode, city, country, coordinates, onlineLink,"
                    + " accessibility, organisation";
    private static final String POINT = "coordinates";
    private static final String POINT_PROPERTIES = "latitude, longitude";

    static final EnumNames<AccessFeature> FEATURES = EnumNames.of(AccessFeature.class);

    private PlaceCodec() {}

    /**
     * Writes an accessibility feature.
     *
     * @param g the generator
     * @param feature the feature
     */
    public static void writeFeature(JsonGenerator g, AccessFeature feature) {
        g.writeString(FEATURES.name(feature));
    }

    /**
     * Reads an accessibility feature.
     *
     * @param in the cursor
     * @return the feature
     */
    public static AccessFeature readFeature(In in) {
        return in.enumeration(FEATURES);
    }

    /**
     * Writes a venue.
     *
     * @param g the generator
     * @param venue the venue
     */
    public static void writeVenue(JsonGenerator g, Venue venue) {
        g.writeStartObject();
        Out.string(g, "name", venue.name());
        Out.string(g, "room", venue.room());
        Out.string(g, "building", venue.building());
        Out.string(g, "street", venue.street());
        Out.string(g, "postalCode", venue.postalCode());
        Out.string(g, "city", venue.city());
        Out.string(g, "country", venue.country());
        Out.object(g, "coordinates", venue.coordinates(), PlaceCodec::writePoint);
        Out.string(g, "onlineLink", venue.onlineLink());
        Out.list(g, "accessibility", venue.accessibility(), PlaceCodec::writeFeature);
        Out.string(g, "organisation", venue.organisation());
        g.writeEndObject();
    }

    /**
     * Reads a venue.
     *
     * @param in the cursor
     * @return the venue
     */
    public static Venue readVenue(In in) {
        in.beginObject(VENUE);
        VenueBuilder venue = Venue.builder();
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "name" -> venue.name(in.string());
                case "room" -> venue.room(in.string());
                case "building" -> venue.building(in.string());
                case "street" -> venue.street(in.string());
                case "postalCode" -> venue.postalCode(in.string());
                case "city" -> venue.city(in.string());
                case "country" -> venue.country(in.string());
                case "coordinates" -> venue.coordinates(readPoint(in));
                case "onlineLink" -> {
                    URI link = in.uri();
                    venue.onlineLink(link);
                }
                case "accessibility" -> venue.accessibility(in.list(PlaceCodec::readFeature));
                case "organisation" -> venue.organisation(OrganisationId.of(in.string()));
                default -> in.unknown(property, VENUE, VENUE_PROPERTIES);
            }
        }
        return venue.build();
    }

    /**
     * Writes coordinates.
     *
     * @param g the generator
     * @param point the coordinates
     */
    public static void writePoint(JsonGenerator g, GeoPoint point) {
        g.writeStartObject();
        g.writeNumberProperty("latitude", point.latitude());
        g.writeNumberProperty("longitude", point.longitude());
        g.writeEndObject();
    }

    /**
     * Reads coordinates.
     *
     * @param in the cursor
     * @return the coordinates
     */
    public static GeoPoint readPoint(In in) {
        TokenStreamLocation start = in.beginObject(POINT);
        Double latitude = null;
        Double longitude = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "latitude" -> latitude = in.number();
                case "longitude" -> longitude = in.number();
                default -> in.unknown(property, POINT, POINT_PROPERTIES);
            }
        }
        return new GeoPoint(
                in.required(latitude, "latitude", POINT, start), in.required(longitude, "longitude", POINT, start));
    }
}
