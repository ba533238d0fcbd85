package io.github.townhall.place;

/**
 * A point on Earth in WGS 84 degrees, as in the iCalendar GEO property.
 *
 * <p>Ranges (latitude within ±90, longitude within ±180) are checked by validation, not here.
 *
 * @param latitude the latitude in decimal degrees, north positive
 * @param longitude the longitude in decimal degrees, east positive
 * @since 0.1
 */
public record GeoPoint(double latitude, double longitude) {
    /**
     * Obtains a point.
     *
     * @param latitude the latitude in decimal degrees
     * @param longitude the longitude in decimal degrees
     * @return the point, not null
     */
    public static GeoPoint of(double latitude, double longitude) {
        return new GeoPoint(latitude, longitude);
    }
}
