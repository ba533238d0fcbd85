package io.github.townhall.people;

import io.github.townhall.text.Text;
import io.github.townhall.validation.NotBlankText;
import io.github.townhall.validation.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A person: a speaker (intervenant), a board member, a referent.
 *
 * <p>Only the name is required. A speaker of a debate evening usually also has the city they come
 * from, a role or title ("formatrice pôle social"), the organisation they belong to and a short
 * background ("auparavant responsable de centre social associatif").
 *
 * <pre>{@code
 * Person celine = Person.builder("Céline Soupène-Martin")
 *         .city("Toulouse")
 *         .title(Text.fr("formatrice pôle social"))
 *         .affiliation(Affiliation.of("IRFSS Croix Rouge"))
 *         .background(Text.fr("assistante de service social de formation"))
 *         .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Person {
    private final @NotBlank @SingleLine String name;
    private final @SingleLine @Nullable String city;
    private final @NotBlankText @SingleLine @Nullable Text title;
    private final @Valid @Nullable Affiliation affiliation;
    private final @Nullable Text background;

    private Person(Builder builder) {
        this.name = Objects.requireNonNull(builder.name, "name");
        this.city = builder.city;
        this.title = builder.title;
        this.affiliation = builder.affiliation;
        this.background = builder.background;
    }

    /**
     * Obtains a person known by name only.
     *
     * @param name the person's name, not null
     * @return the person, not null
     */
    public static Person of(String name) {
        return builder(name).build();
    }

    /**
     * Starts building a person.
     *
     * @param name the person's name, not null
     * @return a new builder, not null
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Returns a builder holding every value of this person.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder(name)
                .city(city)
                .title(title)
                .affiliation(affiliation)
                .background(background);
    }

    /**
     * Returns the person's name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the city the person comes from ("Tarbes").
     *
     * @return the city, or empty
     */
    public Optional<String> city() {
        return Optional.ofNullable(city);
    }

    /**
     * Returns the person's role or title ("assistant de service social").
     *
     * @return the title, or empty
     */
    public Optional<Text> title() {
        return Optional.ofNullable(title);
    }

    /**
     * Returns the organisation the person belongs to.
     *
     * @return the affiliation, or empty
     */
    public Optional<Affiliation> affiliation() {
        return Optional.ofNullable(affiliation);
    }

    /**
     * Returns a short background ("auparavant responsable de centre social").
     *
     * @return the background, or empty
     */
    public Optional<Text> background() {
        return Optional.ofNullable(background);
    }

    /**
     * Returns a copy with another name.
     *
     * @param name the name, not null
     * @return a copy, not null
     */
    public Person withName(String name) {
        Builder builder = toBuilder();
        builder.name = Objects.requireNonNull(name, "name");
        return builder.build();
    }

    /**
     * Returns a copy with another city.
     *
     * @param city the city, or null for none
     * @return a copy, not null
     */
    public Person withCity(@Nullable String city) {
        return toBuilder().city(city).build();
    }

    /**
     * Returns a copy with another title.
     *
     * @param title the title, or null for none
     * @return a copy, not null
     */
    public Person withTitle(@Nullable Text title) {
        return toBuilder().title(title).build();
    }

    /**
     * Returns a copy with another affiliation.
     *
     * @param affiliation the affiliation, or null for none
     * @return a copy, not null
     */
    public Person withAffiliation(@Nullable Affiliation affiliation) {
        return toBuilder().affiliation(affiliation).build();
    }

    /**
     * Returns a copy with another background.
     *
     * @param background the background, or null for none
     * @return a copy, not null
     */
    public Person withBackground(@Nullable Text background) {
        return toBuilder().background(background).build();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other == this
                || (other instanceof Person that
                        && name.equals(that.name)
                        && Objects.equals(city, that.city)
                        && Objects.equals(title, that.title)
                        && Objects.equals(affiliation, that.affiliation)
                        && Objects.equals(background, that.background));
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, city, title, affiliation, background);
    }

    @Override
    public String toString() {
        return "Person[" + name + (city == null ? "" : ", " + city) + "]";
    }

    /** Builds a {@link Person}. Not thread-safe. */
    public static final class Builder {
        private String name;
        private @Nullable String city;
        private @Nullable Text title;
        private @Nullable Affiliation affiliation;
        private @Nullable Text background;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * Sets the city the person comes from.
         *
         * @param city the city, or null
         * @return this builder
         */
        public Builder city(@Nullable String city) {
            this.city = city;
            return this;
        }

        /**
         * Sets the person's role or title.
         *
         * @param title the title, or null
         * @return this builder
         */
        public Builder title(@Nullable Text title) {
            this.title = title;
            return this;
        }

        /**
         * Sets the organisation the person belongs to.
         *
         * @param affiliation the affiliation, or null
         * @return this builder
         */
        public Builder affiliation(@Nullable Affiliation affiliation) {
            this.affiliation = affiliation;
            return this;
        }

        /**
         * Sets a short background.
         *
         * @param background the background, or null
         * @return this builder
         */
        public Builder background(@Nullable Text background) {
            this.background = background;
            return this;
        }

        /**
         * Builds the person.
         *
         * @return the person, not null
         */
        public Person build() {
            return new Person(this);
        }
    }
}
