package io.github.townhall.organisation;

import io.github.townhall.internal.Checks;
import io.github.townhall.text.Text;
import io.github.townhall.validation.HttpUrl;
import io.github.townhall.validation.Identifier;
import io.github.townhall.validation.NotBlankText;
import io.github.townhall.validation.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An organisation that runs sessions: an association, an institute, a collective.
 *
 * <pre>{@code
 * Organisation impacte = Organisation.builder(OrganisationId.of("imp-acte"), "IMP'acte")
 *         .city("Rennes")
 *         .addPurpose(Text.fr("Mettre en lien les acteurs du territoire"))
 *         .addBoardChange(BoardChange.pending(Text.fr("Modification du bureau"), "Préfecture"))
 *         .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; equal organisations have equal values, not just
 * equal ids.
 */
public final class Organisation {
    private final @Identifier OrganisationId id;
    private final @NotBlank @SingleLine String name;
    private final @SingleLine @Nullable String shortName;
    private final @SingleLine @Nullable String city;
    private final @SingleLine @Nullable String country;
    private final @HttpUrl @Nullable URI website;
    private final @Email @SingleLine @Nullable String email;
    private final @Nullable Text description;
    private final List<@NotBlankText Text> purposes;
    private final List<@Valid RoleAssignment> board;
    private final List<@Valid BoardChange> boardChanges;
    private final List<@Valid ProjectGroup> projectGroups;

    private Organisation(Builder builder) {
        this.id = Objects.requireNonNull(builder.id, "id");
        this.name = Objects.requireNonNull(builder.name, "name");
        this.shortName = builder.shortName;
        this.city = builder.city;
        this.country = builder.country;
        this.website = builder.website;
        this.email = builder.email;
        this.description = builder.description;
        this.purposes = Checks.copy(builder.purposes, "purposes");
        this.board = Checks.copy(builder.board, "board");
        this.boardChanges = Checks.copy(builder.boardChanges, "boardChanges");
        this.projectGroups = Checks.copy(builder.projectGroups, "projectGroups");
    }

    /**
     * Starts building an {@link Organisation}.
     *
     * @param id the organisation's id, not null
     * @param name the organisation's name, not null
     * @return a new builder, not null
     */
    public static Builder builder(OrganisationId id, String name) {
        return new Builder(id, name);
    }

    /**
     * Returns a builder holding every value of this organisation, to change some of them.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder(id, name);
        builder.shortName = shortName;
        builder.city = city;
        builder.country = country;
        builder.website = website;
        builder.email = email;
        builder.description = description;
        builder.purposes = new ArrayList<>(purposes);
        builder.board = new ArrayList<>(board);
        builder.boardChanges = new ArrayList<>(boardChanges);
        builder.projectGroups = new ArrayList<>(projectGroups);
        return builder;
    }

    /**
     * Returns the organisation's id.
     *
     * @return the value, not null
     */
    public OrganisationId id() {
        return id;
    }

    /**
     * Returns the organisation's name.
     *
     * @return the value, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the short name or acronym.
     *
     * @return the value, or empty
     */
    public Optional<String> shortName() {
        return Optional.ofNullable(shortName);
    }

    /**
     * Returns the home city.
     *
     * @return the value, or empty
     */
    public Optional<String> city() {
        return Optional.ofNullable(city);
    }

    /**
     * Returns the country, as an ISO 3166-1 alpha-2 code.
     *
     * @return the value, or empty
     */
    public Optional<String> country() {
        return Optional.ofNullable(country);
    }

    /**
     * Returns the website.
     *
     * @return the value, or empty
     */
    public Optional<URI> website() {
        return Optional.ofNullable(website);
    }

    /**
     * Returns the contact e-mail address.
     *
     * @return the value, or empty
     */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /**
     * Returns what the organisation is.
     *
     * @return the value, or empty
     */
    public Optional<Text> description() {
        return Optional.ofNullable(description);
    }

    /**
     * Returns the purposes (éléments de cadre, raison d'être).
     *
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<Text> purposes() {
        return purposes;
    }

    /**
     * Returns the board (bureau) as role assignments.
     *
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<RoleAssignment> board() {
        return board;
    }

    /**
     * Returns the board changes and their declaration.
     *
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<BoardChange> boardChanges() {
        return boardChanges;
    }

    /**
     * Returns the project groups (groupes projets).
     *
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<ProjectGroup> projectGroups() {
        return projectGroups;
    }

    /**
     * Returns a copy with another value for the organisation's id.
     *
     * @param id the new value, not null
     * @return a copy, not null
     */
    public Organisation withId(OrganisationId id) {
        Builder builder = toBuilder();
        builder.id = Objects.requireNonNull(id, "id");
        return builder.build();
    }

    /**
     * Returns a copy with another value for the organisation's name.
     *
     * @param name the new value, not null
     * @return a copy, not null
     */
    public Organisation withName(String name) {
        Builder builder = toBuilder();
        builder.name = Objects.requireNonNull(name, "name");
        return builder.build();
    }

    /**
     * Returns a copy with another value for the short name or acronym.
     *
     * @param shortName the new value, or null for none
     * @return a copy, not null
     */
    public Organisation withShortName(@Nullable String shortName) {
        return toBuilder().shortName(shortName).build();
    }

    /**
     * Returns a copy with another value for the home city.
     *
     * @param city the new value, or null for none
     * @return a copy, not null
     */
    public Organisation withCity(@Nullable String city) {
        return toBuilder().city(city).build();
    }

    /**
     * Returns a copy with another value for the country, as an ISO 3166-1 alpha-2 code.
     *
     * @param country the new value, or null for none
     * @return a copy, not null
     */
    public Organisation withCountry(@Nullable String country) {
        return toBuilder().country(country).build();
    }

    /**
     * Returns a copy with another value for the website.
     *
     * @param website the new value, or null for none
     * @return a copy, not null
     */
    public Organisation withWebsite(@Nullable URI website) {
        return toBuilder().website(website).build();
    }

    /**
     * Returns a copy with another value for the contact e-mail address.
     *
     * @param email the new value, or null for none
     * @return a copy, not null
     */
    public Organisation withEmail(@Nullable String email) {
        return toBuilder().email(email).build();
    }

    /**
     * Returns a copy with another value for what the organisation is.
     *
     * @param description the new value, or null for none
     * @return a copy, not null
     */
    public Organisation withDescription(@Nullable Text description) {
        return toBuilder().description(description).build();
    }

    /**
     * Returns a copy with other purposes (éléments de cadre, raison d'être).
     *
     * @param purposes the new values, not null, no null element
     * @return a copy, not null
     */
    public Organisation withPurposes(Collection<? extends Text> purposes) {
        return toBuilder().purposes(purposes).build();
    }

    /**
     * Returns a copy with other board (bureau) as role assignments.
     *
     * @param board the new values, not null, no null element
     * @return a copy, not null
     */
    public Organisation withBoard(Collection<? extends RoleAssignment> board) {
        return toBuilder().board(board).build();
    }

    /**
     * Returns a copy with other board changes and their declaration.
     *
     * @param boardChanges the new values, not null, no null element
     * @return a copy, not null
     */
    public Organisation withBoardChanges(Collection<? extends BoardChange> boardChanges) {
        return toBuilder().boardChanges(boardChanges).build();
    }

    /**
     * Returns a copy with other project groups (groupes projets).
     *
     * @param projectGroups the new values, not null, no null element
     * @return a copy, not null
     */
    public Organisation withProjectGroups(Collection<? extends ProjectGroup> projectGroups) {
        return toBuilder().projectGroups(projectGroups).build();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other == this
                || (other instanceof Organisation that
                        && Objects.equals(id, that.id)
                        && Objects.equals(name, that.name)
                        && Objects.equals(shortName, that.shortName)
                        && Objects.equals(city, that.city)
                        && Objects.equals(country, that.country)
                        && Objects.equals(website, that.website)
                        && Objects.equals(email, that.email)
                        && Objects.equals(description, that.description)
                        && Objects.equals(purposes, that.purposes)
                        && Objects.equals(board, that.board)
                        && Objects.equals(boardChanges, that.boardChanges)
                        && Objects.equals(projectGroups, that.projectGroups));
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                id,
                name,
                shortName,
                city,
                country,
                website,
                email,
                description,
                purposes,
                board,
                boardChanges,
                projectGroups);
    }

    @Override
    public String toString() {
        return "Organisation[" + id + ", " + name + "]";
    }

    /**
     * Builds an {@link Organisation}. A builder is not thread-safe; {@link #build()} may be called
     * more than once.
     */
    public static final class Builder {
        private OrganisationId id;
        private String name;
        private @Nullable String shortName;
        private @Nullable String city;
        private @Nullable String country;
        private @Nullable URI website;
        private @Nullable String email;
        private @Nullable Text description;
        private List<Text> purposes = new ArrayList<>();
        private List<RoleAssignment> board = new ArrayList<>();
        private List<BoardChange> boardChanges = new ArrayList<>();
        private List<ProjectGroup> projectGroups = new ArrayList<>();

        private Builder(OrganisationId id, String name) {
            this.id = Objects.requireNonNull(id, "id");
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * Sets the short name or acronym.
         *
         * @param shortName the value, or null for none
         * @return this builder
         */
        public Builder shortName(@Nullable String shortName) {
            this.shortName = shortName;
            return this;
        }

        /**
         * Sets the home city.
         *
         * @param city the value, or null for none
         * @return this builder
         */
        public Builder city(@Nullable String city) {
            this.city = city;
            return this;
        }

        /**
         * Sets the country, as an ISO 3166-1 alpha-2 code.
         *
         * @param country the value, or null for none
         * @return this builder
         */
        public Builder country(@Nullable String country) {
            this.country = country;
            return this;
        }

        /**
         * Sets the website.
         *
         * @param website the value, or null for none
         * @return this builder
         */
        public Builder website(@Nullable URI website) {
            this.website = website;
            return this;
        }

        /**
         * Sets the contact e-mail address.
         *
         * @param email the value, or null for none
         * @return this builder
         */
        public Builder email(@Nullable String email) {
            this.email = email;
            return this;
        }

        /**
         * Sets what the organisation is.
         *
         * @param description the value, or null for none
         * @return this builder
         */
        public Builder description(@Nullable Text description) {
            this.description = description;
            return this;
        }

        /**
         * Sets the purposes (éléments de cadre, raison d'être), replacing any set before.
         *
         * @param purposes the values, not null, no null element
         * @return this builder
         */
        public Builder purposes(Collection<? extends Text> purposes) {
            this.purposes = new ArrayList<>(Checks.copy(purposes, "purposes"));
            return this;
        }

        /**
         * Adds one to the purposes (éléments de cadre, raison d'être).
         *
         * @param purpose the value to add, not null
         * @return this builder
         */
        public Builder addPurpose(Text purpose) {
            this.purposes.add(Objects.requireNonNull(purpose, "purpose"));
            return this;
        }

        /**
         * Sets the board (bureau) as role assignments, replacing any set before.
         *
         * @param board the values, not null, no null element
         * @return this builder
         */
        public Builder board(Collection<? extends RoleAssignment> board) {
            this.board = new ArrayList<>(Checks.copy(board, "board"));
            return this;
        }

        /**
         * Adds one to the board (bureau) as role assignments.
         *
         * @param boardMember the value to add, not null
         * @return this builder
         */
        public Builder addBoardMember(RoleAssignment boardMember) {
            this.board.add(Objects.requireNonNull(boardMember, "boardMember"));
            return this;
        }

        /**
         * Sets the board changes and their declaration, replacing any set before.
         *
         * @param boardChanges the values, not null, no null element
         * @return this builder
         */
        public Builder boardChanges(Collection<? extends BoardChange> boardChanges) {
            this.boardChanges = new ArrayList<>(Checks.copy(boardChanges, "boardChanges"));
            return this;
        }

        /**
         * Adds one to the board changes and their declaration.
         *
         * @param boardChange the value to add, not null
         * @return this builder
         */
        public Builder addBoardChange(BoardChange boardChange) {
            this.boardChanges.add(Objects.requireNonNull(boardChange, "boardChange"));
            return this;
        }

        /**
         * Sets the project groups (groupes projets), replacing any set before.
         *
         * @param projectGroups the values, not null, no null element
         * @return this builder
         */
        public Builder projectGroups(Collection<? extends ProjectGroup> projectGroups) {
            this.projectGroups = new ArrayList<>(Checks.copy(projectGroups, "projectGroups"));
            return this;
        }

        /**
         * Adds one to the project groups (groupes projets).
         *
         * @param projectGroup the value to add, not null
         * @return this builder
         */
        public Builder addProjectGroup(ProjectGroup projectGroup) {
            this.projectGroups.add(Objects.requireNonNull(projectGroup, "projectGroup"));
            return this;
        }

        /**
         * Builds an {@link Organisation} from the values set.
         *
         * @return a new immutable organisation, not null
         */
        public Organisation build() {
            return new Organisation(this);
        }
    }
}
