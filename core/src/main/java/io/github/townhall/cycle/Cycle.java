package io.github.townhall.cycle;

import io.github.townhall.constraint.HttpUrl;
import io.github.townhall.id.Identifier;
import io.github.townhall.internal.Checks;
import io.github.townhall.internal.ModelRecord;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.organisation.Partnership;
import io.github.townhall.text.NotBlankText;
import io.github.townhall.text.SingleLine;
import io.github.townhall.text.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.List;
import java.util.Objects;
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
 * @param id the cycle's id
 * @param organiser the organisation that runs the cycle
 * @param title the cycle's title
 * @param place the city or area the cycle takes place in ("Toulouse ou à proximité"), or null
 * @param description what the cycle is for, or null
 * @param website the cycle's web page, or null
 * @param partners the other organisations taking part (hosts, co-organisers, partners, funders)
 * @param topics keywords (thématiques), written as calendar categories
 * @param objectives the stated aims (objectifs) of the cycle
 * @param editorial the names of the components whose values the editor gave, not the source (a title
 *     required by the model that the source does not give)
 * @since 0.1
 */
@ModelRecord
public record Cycle(
        @Identifier CycleId id,
        @Identifier OrganisationId organiser,
        @NotBlankText @SingleLine Text title,
        @SingleLine @Nullable String place,
        @Nullable Text description,
        @HttpUrl @Nullable URI website,
        List<@Valid Partnership> partners,
        List<@NotBlankText @SingleLine Text> topics,
        List<@NotBlankText Text> objectives,
        List<@NotBlank String> editorial)
        implements CycleBuilder.With {

    /**
     * Creates a cycle.
     *
     * @param id the cycle's id
     * @param organiser the organisation that runs the cycle
     * @param title the cycle's title
     * @param place the city or area the cycle takes place in ("Toulouse ou à proximité"), or null
     * @param description what the cycle is for, or null
     * @param website the cycle's web page, or null
     * @param partners the other organisations taking part (hosts, co-organisers, partners, funders)
     * @param topics keywords (thématiques), written as calendar categories
     * @param objectives the stated aims (objectifs) of the cycle
     * @param editorial the names of the components whose values the editor gave, not the source (a title
     *     required by the model that the source does not give)
     * @throws NullPointerException naming the first required part that is null
     */
    public Cycle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organiser, "organiser");
        Objects.requireNonNull(title, "title");
        partners = Checks.copy(partners, "partners");
        topics = Checks.copy(topics, "topics");
        objectives = Checks.copy(objectives, "objectives");
        editorial = Checks.copy(editorial, "editorial");
    }

    /**
     * Starts building a cycle.
     *
     * @param id the cycle's id, not null
     * @param organiser the organisation that runs the cycle, not null
     * @param title the cycle's title, not null
     * @return a new builder, not null
     * @throws NullPointerException if an argument is null
     */
    public static CycleBuilder builder(CycleId id, OrganisationId organiser, Text title) {
        return CycleBuilder.builder()
                .id(Objects.requireNonNull(id, "id"))
                .organiser(Objects.requireNonNull(organiser, "organiser"))
                .title(Objects.requireNonNull(title, "title"));
    }
}
