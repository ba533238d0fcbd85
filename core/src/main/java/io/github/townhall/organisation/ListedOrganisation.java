package io.github.townhall.organisation;

import io.github.townhall.constraint.HttpUrl;
import io.github.townhall.id.Identifier;
import io.github.townhall.internal.ModelRecord;
import io.github.townhall.text.SingleLine;
import io.github.townhall.text.Text;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Another organisation, an entry of an archive's directory: a host, partner, co-organiser or
 * funder, a speaker's organisation, the owner of a venue. Sessions, cycles, speakers, venues and
 * links refer to it by id, so that it is written once per archive.
 *
 * <pre>{@code
 * ListedOrganisation periferia = ListedOrganisation.builder(OrganisationId.of("periferia"), "Periferia")
 *         .mission(Text.fr("Pour encourager la rencontre et l'action entre les différents acteurs"))
 *         .build();
 * }</pre>
 *
 * @param id the organisation's id, unique in the archive
 * @param name the organisation's name
 * @param shortName a short name or acronym, or null
 * @param website its website, or null
 * @param city its home city, or null
 * @param mission its mission in one line, or null
 * @since 0.1
 */
@ModelRecord
public record ListedOrganisation(
        @Identifier OrganisationId id,
        @NotBlank @SingleLine String name,
        @SingleLine @Nullable String shortName,
        @HttpUrl @Nullable URI website,
        @SingleLine @Nullable String city,
        @SingleLine @Nullable Text mission)
        implements ListedOrganisationBuilder.With {

    /**
     * Creates an entry.
     *
     * @param id the organisation's id, unique in the archive
     * @param name the organisation's name
     * @param shortName a short name or acronym, or null
     * @param website its website, or null
     * @param city its home city, or null
     * @param mission its mission in one line, or null
     * @throws NullPointerException if {@code id} or {@code name} is null
     */
    public ListedOrganisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /**
     * Obtains an entry with a name only.
     *
     * @param id the organisation's id, not null
     * @param name the organisation's name, not null
     * @return the entry, not null
     * @throws NullPointerException if an argument is null
     */
    public static ListedOrganisation of(OrganisationId id, String name) {
        return new ListedOrganisation(id, name, null, null, null, null);
    }

    /**
     * Starts building an entry.
     *
     * @param id the organisation's id, not null
     * @param name the organisation's name, not null
     * @return a new builder, not null
     * @throws NullPointerException if an argument is null
     */
    public static ListedOrganisationBuilder builder(OrganisationId id, String name) {
        return ListedOrganisationBuilder.builder()
                .id(Objects.requireNonNull(id, "id"))
                .name(Objects.requireNonNull(name, "name"));
    }
}
