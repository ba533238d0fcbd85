package io.github.townhall.organisation;

import io.github.townhall.constraint.HttpUrl;
import io.github.townhall.id.Identifier;
import io.github.townhall.internal.Checks;
import io.github.townhall.internal.ModelRecord;
import io.github.townhall.text.NotBlankText;
import io.github.townhall.text.SingleLine;
import io.github.townhall.text.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An organisation that runs sessions: an association, an institute, a collective.
 *
 * <pre>{@code
 * Organisation impacte = Organisation.builder(OrganisationId.of("imp-acte"), "IMP'acte")
 *         .city("Rennes")
 *         .addPurposes(Text.fr("Mettre en lien les acteurs du territoire"))
 *         .addBoardChanges(BoardChange.pending(Text.fr("Modification du bureau"), "Préfecture"))
 *         .build();
 * }</pre>
 *
 * <p>Organisations compare by value, like every record: equal organisations have equal values,
 * not just equal ids.
 *
 * @param id the organisation's id
 * @param name the organisation's name
 * @param shortName the short name or acronym, or null
 * @param city the home city, or null
 * @param country the country, as an ISO 3166-1 alpha-2 code, or null
 * @param website the website, or null
 * @param email the contact e-mail address, or null
 * @param description what the organisation does, or null
 * @param purposes the purposes (éléments de cadre, raison d'être)
 * @param board the board (bureau) as role assignments
 * @param boardChanges the board changes and their declaration
 * @param projectGroups the project groups (groupes projets)
 * @param quorum how many people its meetings need for decisions to count, or null
 * @param members how many members it has, on a date, or null
 * @since 0.1
 */
@ModelRecord
@QuorumMeasurable
public record Organisation(
        @Identifier OrganisationId id,
        @NotBlank @SingleLine String name,
        @SingleLine @Nullable String shortName,
        @SingleLine @Nullable String city,
        @SingleLine @Nullable String country,
        @HttpUrl @Nullable URI website,
        @Email @SingleLine @Nullable String email,
        @Nullable Text description,
        List<@NotBlankText Text> purposes,
        List<@Valid RoleAssignment> board,
        List<@Valid BoardChange> boardChanges,
        List<@Valid ProjectGroup> projectGroups,
        @Valid @Nullable Quorum quorum,
        @Valid @Nullable MemberCount members)
        implements OrganisationBuilder.With {

    /**
     * Creates an organisation.
     *
     * @param id the organisation's id
     * @param name the organisation's name
     * @param shortName the short name or acronym, or null
     * @param city the home city, or null
     * @param country the country, as an ISO 3166-1 alpha-2 code, or null
     * @param website the website, or null
     * @param email the contact e-mail address, or null
     * @param description what the organisation does, or null
     * @param purposes the purposes (éléments de cadre, raison d'être)
     * @param board the board (bureau) as role assignments
     * @param boardChanges the board changes and their declaration
     * @param projectGroups the project groups (groupes projets)
     * @param quorum how many people its meetings need for decisions to count, or null
     * @param members how many members it has, on a date, or null
     * @throws NullPointerException naming the first required part that is null, or the first
     *     null element of a list
     */
    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        purposes = Checks.copy(purposes, "purposes");
        board = Checks.copy(board, "board");
        boardChanges = Checks.copy(boardChanges, "boardChanges");
        projectGroups = Checks.copy(projectGroups, "projectGroups");
    }

    /**
     * Starts building an organisation.
     *
     * @param id the organisation's id, not null
     * @param name the organisation's name, not null
     * @return a new builder, not null
     * @throws NullPointerException if an argument is null
     */
    public static OrganisationBuilder builder(OrganisationId id, String name) {
        return OrganisationBuilder.builder()
                .id(Objects.requireNonNull(id, "id"))
                .name(Objects.requireNonNull(name, "name"));
    }
}
