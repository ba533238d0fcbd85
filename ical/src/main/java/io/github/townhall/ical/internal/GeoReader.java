package io.github.townhall.ical.internal;

import io.github.townhall.place.GeoPoint;

/** Reads back what {@link GeoScribe} writes: GEO, latitude then longitude. */
final class GeoReader {
    private GeoReader() {}

    /**
     * Reads GEO ({@code 43.6;1.44}; a comma is taken for the semicolon, separators at the end are
     * left out).
     *
     * @param prop the property, not null
     * @return the point, not null
     * @throws IllegalArgumentException if the value is not two numbers
     */
    static GeoPoint read(ContentLine prop) {
        String value = prop.value();
        int end = value.length();
        while (end > 0 && separator(value.charAt(end - 1))) {
            end--;
        }
        int cut = -1;
        for (int i = 0; i < end; i++) {
            if (separator(value.charAt(i))) {
                if (cut >= 0) {
                    cut = -1;
                    break;
                }
                cut = i;
            }
        }
        if (cut < 0) {
            throw new IllegalArgumentException("GEO is not latitude;longitude");
        }
        return GeoPoint.of(
                Double.parseDouble(value.substring(0, cut).trim()),
                Double.parseDouble(value.substring(cut + 1, end).trim()));
    }

    private static boolean separator(char c) {
        return c == ';' || c == ',';
    }
}
