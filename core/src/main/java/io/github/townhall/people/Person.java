package io.github.townhall.people;

import io.github.townhall.id.Identifier;
import io.github.townhall.internal.ModelRecord;
import io.github.townhall.text.NotBlankText;
import io.github.townhall.text.SingleLine;
import io.github.townhall.text.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
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
 * @param name the person's name
 * @param city the city the person comes from ("Tarbes"), or null
 * @param title the person's role or title ("assistant de service social"), or null
 * @param affiliation the organisation the person belongs to, or null
 * @param background a short background ("auparavant responsable de centre social"), or null
 * @param id the person's id in the archive's register of people, or null for a person named only
 *     here (see {@link io.github.townhall.archive.Archive#people()})
 * @since 0.1
 */
@ModelRecord
public record Person(
        @NotBlank @SingleLine String name,
        @SingleLine @Nullable String city,
        @NotBlankText @SingleLine @Nullable Text title,
        @Valid @Nullable Affiliation affiliation,
        @Nullable Text background,
        @Identifier @Nullable PersonId id)
        implements PersonBuilder.With {

    /**
     * Creates a person.
     *
     * @param name the person's name
     * @param city the city the person comes from ("Tarbes"), or null
     * @param title the person's role or title ("assistant de service social"), or null
     * @param affiliation the organisation the person belongs to, or null
     * @param background a short background ("auparavant responsable de centre social"), or null
     * @param id the person's id in the archive's register of people, or null for a person named only
     *     here (see {@link io.github.townhall.archive.Archive#people()})
     * @throws NullPointerException if {@code name} is null
     */
    public Person {
        Objects.requireNonNull(name, "name");
    }

    /**
     * Obtains a person known by name only.
     *
     * @param name the person's name, not null
     * @return the person, not null
     * @throws NullPointerException if {@code name} is null
     */
    public static Person of(String name) {
        return new Person(name, null, null, null, null, null);
    }

    /**
     * Starts building a person.
     *
     * @param name the person's name, not null
     * @return a new builder, not null
     * @throws NullPointerException if {@code name} is null
     */
    public static PersonBuilder builder(String name) {
        return PersonBuilder.builder().name(Objects.requireNonNull(name, "name"));
    }
}
