package io.github.townhall.place;

import io.github.townhall.validation.HttpUrl;
import io.github.townhall.validation.SingleLine;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a session takes place: a physical place split into its parts, an online link, or both
 * (hybrid).
 *
 * <pre>{@code
 * Venue salle21 = Venue.builder()
 *         .room("Salle 21")
 *         .building("Collège Coopératif, Campus de la Harpe")
 *         .city("Rennes")
 *         .country("FR")
 *         .build();
 * Venue online = Venue.online(URI.create("https://visio.example.org/rencontre"));
 * }</pre>
 *
 * <p>Every part is optional; validation requires at least a place or an online link. This class
 * is immutable and thread-safe.
 */
public final class Venue {
    private final @SingleLine @Nullable String name;
    private final @SingleLine @Nullable String room;
    private final @SingleLine @Nullable String building;
    private final @SingleLine @Nullable String street;
    private final @SingleLine @Nullable String postalCode;
    private final @SingleLine @Nullable String city;
    private final @SingleLine @Nullable String country;
    private final @Nullable GeoPoint coordinates;
    private final @HttpUrl @Nullable URI onlineLink;

    private Venue(Builder builder) {
        this.name = builder.name;
        this.room = builder.room;
        this.building = builder.building;
        this.street = builder.street;
        this.postalCode = builder.postalCode;
        this.city = builder.city;
        this.country = builder.country;
        this.coordinates = builder.coordinates;
        this.onlineLink = builder.onlineLink;
    }

    /**
     * Starts building a {@link Venue}.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding every value of this venue, to change some of them.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.room = room;
        builder.building = building;
        builder.street = street;
        builder.postalCode = postalCode;
        builder.city = city;
        builder.country = country;
        builder.coordinates = coordinates;
        builder.onlineLink = onlineLink;
        return builder;
    }

    /**
     * Returns the place's name ("Maison de la mobilité de Basso Cambo").
     *
     * @return the value, or empty
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * Returns the room ("Salle 21").
     *
     * @return the value, or empty
     */
    public Optional<String> room() {
        return Optional.ofNullable(room);
    }

    /**
     * Returns the building or campus ("Collège Coopératif, Campus de la Harpe").
     *
     * @return the value, or empty
     */
    public Optional<String> building() {
        return Optional.ofNullable(building);
    }

    /**
     * Returns the street address ("rue de l'Ukraine").
     *
     * @return the value, or empty
     */
    public Optional<String> street() {
        return Optional.ofNullable(street);
    }

    /**
     * Returns the postal code.
     *
     * @return the value, or empty
     */
    public Optional<String> postalCode() {
        return Optional.ofNullable(postalCode);
    }

    /**
     * Returns the city ("Ramonville-Saint-Agne").
     *
     * @return the value, or empty
     */
    public Optional<String> city() {
        return Optional.ofNullable(city);
    }

    /**
     * Returns the country, as an ISO 3166-1 alpha-2 code ("FR").
     *
     * @return the value, or empty
     */
    public Optional<String> country() {
        return Optional.ofNullable(country);
    }

    /**
     * Returns the coordinates.
     *
     * @return the value, or empty
     */
    public Optional<GeoPoint> coordinates() {
        return Optional.ofNullable(coordinates);
    }

    /**
     * Returns the link to join online.
     *
     * @return the value, or empty
     */
    public Optional<URI> onlineLink() {
        return Optional.ofNullable(onlineLink);
    }

    /**
     * Obtains a venue known by its place name only.
     *
     * @param name the place's name, not null
     * @return the venue, not null
     */
    public static Venue named(String name) {
        return builder().name(Objects.requireNonNull(name, "name")).build();
    }

    /**
     * Obtains an online-only venue.
     *
     * @param link the link to join, not null
     * @return the venue, not null
     */
    public static Venue online(URI link) {
        return builder().onlineLink(Objects.requireNonNull(link, "link")).build();
    }

    /**
     * Tells whether the venue has a physical part (any of name, room, building, street, postal
     * code, city, country or coordinates).
     *
     * @return true if people can come in person
     */
    public boolean isPhysical() {
        return name != null
                || room != null
                || building != null
                || street != null
                || postalCode != null
                || city != null
                || country != null
                || coordinates != null;
    }

    /**
     * Tells whether people can join online.
     *
     * @return true if there is an online link
     */
    public boolean isOnline() {
        return onlineLink != null;
    }

    /**
     * Tells whether the venue is both physical and online.
     *
     * @return true for a hybrid venue
     */
    public boolean isHybrid() {
        return isPhysical() && isOnline();
    }

    /**
     * Returns a copy with another value for the place's name ("Maison de la mobilité de Basso Cambo").
     *
     * @param name the new value, or null for none
     * @return a copy, not null
     */
    public Venue withName(@Nullable String name) {
        return toBuilder().name(name).build();
    }

    /**
     * Returns a copy with another value for the room ("Salle 21").
     *
     * @param room the new value, or null for none
     * @return a copy, not null
     */
    public Venue withRoom(@Nullable String room) {
        return toBuilder().room(room).build();
    }

    /**
     * Returns a copy with another value for the building or campus ("Collège Coopératif, Campus de la Harpe").
     *
     * @param building the new value, or null for none
     * @return a copy, not null
     */
    public Venue withBuilding(@Nullable String building) {
        return toBuilder().building(building).build();
    }

    /**
     * Returns a copy with another value for the street address ("rue de l'Ukraine").
     *
     * @param street the new value, or null for none
     * @return a copy, not null
     */
    public Venue withStreet(@Nullable String street) {
        return toBuilder().street(street).build();
    }

    /**
     * Returns a copy with another value for the postal code.
     *
     * @param postalCode the new value, or null for none
     * @return a copy, not null
     */
    public Venue withPostalCode(@Nullable String postalCode) {
        return toBuilder().postalCode(postalCode).build();
    }

    /**
     * Returns a copy with another value for the city ("Ramonville-Saint-Agne").
     *
     * @param city the new value, or null for none
     * @return a copy, not null
     */
    public Venue withCity(@Nullable String city) {
        return toBuilder().city(city).build();
    }

    /**
     * Returns a copy with another value for the country, as an ISO 3166-1 alpha-2 code ("FR").
     *
     * @param country the new value, or null for none
     * @return a copy, not null
     */
    public Venue withCountry(@Nullable String country) {
        return toBuilder().country(country).build();
    }

    /**
     * Returns a copy with another value for the coordinates.
     *
     * @param coordinates the new value, or null for none
     * @return a copy, not null
     */
    public Venue withCoordinates(@Nullable GeoPoint coordinates) {
        return toBuilder().coordinates(coordinates).build();
    }

    /**
     * Returns a copy with another value for the link to join online.
     *
     * @param onlineLink the new value, or null for none
     * @return a copy, not null
     */
    public Venue withOnlineLink(@Nullable URI onlineLink) {
        return toBuilder().onlineLink(onlineLink).build();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other == this
                || (other instanceof Venue that
                        && Objects.equals(name, that.name)
                        && Objects.equals(room, that.room)
                        && Objects.equals(building, that.building)
                        && Objects.equals(street, that.street)
                        && Objects.equals(postalCode, that.postalCode)
                        && Objects.equals(city, that.city)
                        && Objects.equals(country, that.country)
                        && Objects.equals(coordinates, that.coordinates)
                        && Objects.equals(onlineLink, that.onlineLink));
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, room, building, street, postalCode, city, country, coordinates, onlineLink);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("Venue[");
        for (Object part :
                new Object[] {name, room, building, street, postalCode, city, country, coordinates, onlineLink}) {
            if (part != null) {
                out.append(out.length() > 6 ? ", " : "").append(part);
            }
        }
        return out.append(']').toString();
    }

    /**
     * Builds a {@link Venue}. A builder is not thread-safe; {@link #build()} may be called
     * more than once.
     */
    public static final class Builder {
        private @Nullable String name;
        private @Nullable String room;
        private @Nullable String building;
        private @Nullable String street;
        private @Nullable String postalCode;
        private @Nullable String city;
        private @Nullable String country;
        private @Nullable GeoPoint coordinates;
        private @Nullable URI onlineLink;

        private Builder() {}

        /**
         * Sets the place's name ("Maison de la mobilité de Basso Cambo").
         *
         * @param name the value, or null for none
         * @return this builder
         */
        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the room ("Salle 21").
         *
         * @param room the value, or null for none
         * @return this builder
         */
        public Builder room(@Nullable String room) {
            this.room = room;
            return this;
        }

        /**
         * Sets the building or campus ("Collège Coopératif, Campus de la Harpe").
         *
         * @param building the value, or null for none
         * @return this builder
         */
        public Builder building(@Nullable String building) {
            this.building = building;
            return this;
        }

        /**
         * Sets the street address ("rue de l'Ukraine").
         *
         * @param street the value, or null for none
         * @return this builder
         */
        public Builder street(@Nullable String street) {
            this.street = street;
            return this;
        }

        /**
         * Sets the postal code.
         *
         * @param postalCode the value, or null for none
         * @return this builder
         */
        public Builder postalCode(@Nullable String postalCode) {
            this.postalCode = postalCode;
            return this;
        }

        /**
         * Sets the city ("Ramonville-Saint-Agne").
         *
         * @param city the value, or null for none
         * @return this builder
         */
        public Builder city(@Nullable String city) {
            this.city = city;
            return this;
        }

        /**
         * Sets the country, as an ISO 3166-1 alpha-2 code ("FR").
         *
         * @param country the value, or null for none
         * @return this builder
         */
        public Builder country(@Nullable String country) {
            this.country = country;
            return this;
        }

        /**
         * Sets the coordinates.
         *
         * @param coordinates the value, or null for none
         * @return this builder
         */
        public Builder coordinates(@Nullable GeoPoint coordinates) {
            this.coordinates = coordinates;
            return this;
        }

        /**
         * Sets the link to join online.
         *
         * @param onlineLink the value, or null for none
         * @return this builder
         */
        public Builder onlineLink(@Nullable URI onlineLink) {
            this.onlineLink = onlineLink;
            return this;
        }

        /**
         * Builds a {@link Venue} from the values set.
         *
         * @return a new immutable venue, not null
         */
        public Venue build() {
            return new Venue(this);
        }
    }
}
