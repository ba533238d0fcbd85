package io.github.townhall.place;

import io.github.townhall.constraint.HttpUrl;
import io.github.townhall.id.Identifier;
import io.github.townhall.internal.Checks;
import io.github.townhall.internal.ModelRecord;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.text.SingleLine;
import java.net.URI;
import java.util.List;
import java.util.Objects;
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
 * <p>Every part is optional.
 *
 * @param name the place's name ("Maison de la mobilité de Basso Cambo"), or null
 * @param room the room ("Salle 21"), or null
 * @param building the building or campus ("Collège Coopératif, Campus de la Harpe"), or null
 * @param street the street address ("rue de l'Ukraine"), or null
 * @param postalCode the postal code, or null
 * @param city the city ("Ramonville-Saint-Agne"), or null
 * @param country the country, as an ISO 3166-1 alpha-2 code ("FR"), or null
 * @param coordinates the coordinates, or null
 * @param onlineLink the link to join online, or null
 * @param accessibility what makes the place accessible (step-free access, hearing loop...)
 * @param organisation the organisation whose premises these are, an entry of the archive's directory, or null
 * @since 0.1
 */
@ModelRecord
public record Venue(
        @SingleLine @Nullable String name,
        @SingleLine @Nullable String room,
        @SingleLine @Nullable String building,
        @SingleLine @Nullable String street,
        @SingleLine @Nullable String postalCode,
        @SingleLine @Nullable String city,
        @SingleLine @Nullable String country,
        @Nullable GeoPoint coordinates,
        @HttpUrl @Nullable URI onlineLink,
        List<AccessFeature> accessibility,
        @Identifier @Nullable OrganisationId organisation)
        implements VenueBuilder.With {

    /**
     * Creates a venue.
     *
     * @param name the place's name ("Maison de la mobilité de Basso Cambo"), or null
     * @param room the room ("Salle 21"), or null
     * @param building the building or campus ("Collège Coopératif, Campus de la Harpe"), or null
     * @param street the street address ("rue de l'Ukraine"), or null
     * @param postalCode the postal code, or null
     * @param city the city ("Ramonville-Saint-Agne"), or null
     * @param country the country, as an ISO 3166-1 alpha-2 code ("FR"), or null
     * @param coordinates the coordinates, or null
     * @param onlineLink the link to join online, or null
     * @param accessibility what makes the place accessible (step-free access, hearing loop...)
     * @param organisation the organisation whose premises these are, an entry of the archive's directory, or null
     * @throws NullPointerException if {@code accessibility} is null or holds null
     */
    public Venue {
        accessibility = Checks.copy(accessibility, "accessibility");
    }

    /**
     * Starts building a venue, every part unset.
     *
     * @return a new builder, not null
     */
    public static VenueBuilder builder() {
        return VenueBuilder.builder();
    }

    /**
     * Obtains a venue known by its place name only.
     *
     * @param name the place's name, not null
     * @return the venue, not null
     * @throws NullPointerException if {@code name} is null
     */
    public static Venue named(String name) {
        return builder().name(Objects.requireNonNull(name, "name")).build();
    }

    /**
     * Obtains an online-only venue.
     *
     * @param link the link to join, not null
     * @return the venue, not null
     * @throws NullPointerException if {@code link} is null
     */
    public static Venue online(URI link) {
        return builder().onlineLink(Objects.requireNonNull(link, "link")).build();
    }

    /** {@return true if people can come in person} */
    public boolean isPhysical() {
        return name != null
                || room != null
                || building != null
                || street != null
                || postalCode != null
                || city != null
                || country != null
                || coordinates != null
                || organisation != null;
    }

    /** {@return true if there is an online link} */
    public boolean isOnline() {
        return onlineLink != null;
    }

    /** {@return true for a hybrid venue} */
    public boolean isHybrid() {
        return isPhysical() && isOnline();
    }
}
