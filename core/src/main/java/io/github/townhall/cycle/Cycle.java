package io.github.townhall.cycle;

import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.text.Text;
import io.github.townhall.validation.HttpUrl;
import io.github.townhall.validation.Identifier;
import io.github.townhall.validation.NotBlankText;
import io.github.townhall.validation.SingleLine;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A numbered series of sessions by one organiser (cycle de rencontres): "Cycle de rencontres à
 * Toulouse".
 *
 * <p>Sessions point to their cycle with a {@link io.github.townhall.session.CyclePosition}; an
 * {@link io.github.townhall.archive.Archive} lists a cycle's sessions in order.
 *
 * <pre>{@code
 * Cycle toulouse = Cycle.builder(CycleId.of("toulouse"), OrganisationId.of("idc"), Text.fr("Cycle de rencontres à Toulouse"))
 *         .place("Toulouse")
 *         .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Cycle {
    private final @Identifier CycleId id;
    private final @Identifier OrganisationId organiser;
    private final @NotBlankText @SingleLine Text title;
    private final @SingleLine @Nullable String place;
    private final @Nullable Text description;
    private final @HttpUrl @Nullable URI website;

    private Cycle(Builder builder) {
        this.id = Objects.requireNonNull(builder.id, "id");
        this.organiser = Objects.requireNonNull(builder.organiser, "organiser");
        this.title = Objects.requireNonNull(builder.title, "title");
        this.place = builder.place;
        this.description = builder.description;
        this.website = builder.website;
    }

    /**
     * Starts building a {@link Cycle}.
     *
     * @param id the cycle's id, not null
     * @param organiser the organisation that runs the cycle, not null
     * @param title the cycle's title, not null
     * @return a new builder, not null
     */
    public static Builder builder(CycleId id, OrganisationId organiser, Text title) {
        return new Builder(id, organiser, title);
    }

    /**
     * Returns a builder holding every value of this cycle, to change some of them.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder(id, organiser, title);
        builder.place = place;
        builder.description = description;
        builder.website = website;
        return builder;
    }

    /**
     * Returns the cycle's id.
     *
     * @return the value, not null
     */
    public CycleId id() {
        return id;
    }

    /**
     * Returns the organisation that runs the cycle.
     *
     * @return the value, not null
     */
    public OrganisationId organiser() {
        return organiser;
    }

    /**
     * Returns the cycle's title.
     *
     * @return the value, not null
     */
    public Text title() {
        return title;
    }

    /**
     * Returns the city or area the cycle takes place in ("Toulouse ou à proximité").
     *
     * @return the value, or empty
     */
    public Optional<String> place() {
        return Optional.ofNullable(place);
    }

    /**
     * Returns what the cycle is for.
     *
     * @return the value, or empty
     */
    public Optional<Text> description() {
        return Optional.ofNullable(description);
    }

    /**
     * Returns the cycle's web page.
     *
     * @return the value, or empty
     */
    public Optional<URI> website() {
        return Optional.ofNullable(website);
    }

    /**
     * Returns a copy with another value for the cycle's id.
     *
     * @param id the new value, not null
     * @return a copy, not null
     */
    public Cycle withId(CycleId id) {
        Builder builder = toBuilder();
        builder.id = Objects.requireNonNull(id, "id");
        return builder.build();
    }

    /**
     * Returns a copy with another value for the organisation that runs the cycle.
     *
     * @param organiser the new value, not null
     * @return a copy, not null
     */
    public Cycle withOrganiser(OrganisationId organiser) {
        Builder builder = toBuilder();
        builder.organiser = Objects.requireNonNull(organiser, "organiser");
        return builder.build();
    }

    /**
     * Returns a copy with another value for the cycle's title.
     *
     * @param title the new value, not null
     * @return a copy, not null
     */
    public Cycle withTitle(Text title) {
        Builder builder = toBuilder();
        builder.title = Objects.requireNonNull(title, "title");
        return builder.build();
    }

    /**
     * Returns a copy with another value for the city or area the cycle takes place in ("Toulouse ou à proximité").
     *
     * @param place the new value, or null for none
     * @return a copy, not null
     */
    public Cycle withPlace(@Nullable String place) {
        return toBuilder().place(place).build();
    }

    /**
     * Returns a copy with another value for what the cycle is for.
     *
     * @param description the new value, or null for none
     * @return a copy, not null
     */
    public Cycle withDescription(@Nullable Text description) {
        return toBuilder().description(description).build();
    }

    /**
     * Returns a copy with another value for the cycle's web page.
     *
     * @param website the new value, or null for none
     * @return a copy, not null
     */
    public Cycle withWebsite(@Nullable URI website) {
        return toBuilder().website(website).build();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other == this
                || (other instanceof Cycle that
                        && Objects.equals(id, that.id)
                        && Objects.equals(organiser, that.organiser)
                        && Objects.equals(title, that.title)
                        && Objects.equals(place, that.place)
                        && Objects.equals(description, that.description)
                        && Objects.equals(website, that.website));
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, organiser, title, place, description, website);
    }

    @Override
    public String toString() {
        return "Cycle[" + id + ", " + title + "]";
    }

    /**
     * Builds a {@link Cycle}. A builder is not thread-safe; {@link #build()} may be called
     * more than once.
     */
    public static final class Builder {
        private CycleId id;
        private OrganisationId organiser;
        private Text title;
        private @Nullable String place;
        private @Nullable Text description;
        private @Nullable URI website;

        private Builder(CycleId id, OrganisationId organiser, Text title) {
            this.id = Objects.requireNonNull(id, "id");
            this.organiser = Objects.requireNonNull(organiser, "organiser");
            this.title = Objects.requireNonNull(title, "title");
        }

        /**
         * Sets the city or area the cycle takes place in ("Toulouse ou à proximité").
         *
         * @param place the value, or null for none
         * @return this builder
         */
        public Builder place(@Nullable String place) {
            this.place = place;
            return this;
        }

        /**
         * Sets what the cycle is for.
         *
         * @param description the value, or null for none
         * @return this builder
         */
        public Builder description(@Nullable Text description) {
            this.description = description;
            return this;
        }

        /**
         * Sets the cycle's web page.
         *
         * @param website the value, or null for none
         * @return this builder
         */
        public Builder website(@Nullable URI website) {
            this.website = website;
            return this;
        }

        /**
         * Builds a {@link Cycle} from the values set.
         *
         * @return a new immutable cycle, not null
         */
        public Cycle build() {
            return new Cycle(this);
        }
    }
}
