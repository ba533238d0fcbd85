package io.github.townhall.deliberation;

import io.github.townhall.id.Identifier;
import io.github.townhall.organisation.Party;
import io.github.townhall.organisation.ProjectGroupId;
import io.github.townhall.people.Person;
import io.github.townhall.text.NotBlankText;
import io.github.townhall.text.SingleLine;
import io.github.townhall.text.Text;
import jakarta.validation.Valid;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Someone designated in a session for a role: "ils ont désigné 2 référents financiers rattachés à
 * l'association pour les 2 groupes projets" is two appointments.
 *
 * @param role the role given ("référent financier"), not null
 * @param appointee who was designated, or null when the minutes do not name them
 * @param projectGroup the project group the role is for, or null
 * @param note a remark, or null
 * @param appointedBy who made the appointment ("les étudiants du Master DPDIMP"), or null
 * @since 0.1
 */
public record Appointment(
        @NotBlankText @SingleLine Text role,
        @Valid @Nullable Person appointee,
        @Identifier @Nullable ProjectGroupId projectGroup,
        @Nullable Text note,
        @Valid @Nullable Party appointedBy) {
    /**
     * Creates an appointment.
     *
     * @param role the role, not null
     * @param appointee who, or null
     * @param projectGroup for which group, or null
     * @param note a remark, or null
     * @param appointedBy see the record
     */
    public Appointment {
        Objects.requireNonNull(role, "role");
    }
}
