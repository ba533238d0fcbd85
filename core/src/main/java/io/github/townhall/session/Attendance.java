package io.github.townhall.session;

import io.github.townhall.internal.Checks;
import io.github.townhall.internal.ModelRecord;
import io.github.townhall.text.Text;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who came to a session: a head count and the profiles present.
 *
 * <pre>{@code
 * Attendance attendance = Attendance.of(HeadCount.about(15))
 *         .withProfiles(List.of(ProfileCount.of(Text.fr("travailleurs sociaux")),
 *                 ProfileCount.of(Text.fr("sociologues"))))
 *         .withNote(Text.fr("des profils très divers"));
 * }</pre>
 *
 * @param count the head count, or null when not known
 * @param profiles the kinds of participants present, in the order given, not null
 * @param note a remark on the attendance, or null
 * @param attendees the attendance list (personal data: never published), or empty
 * @since 0.1
 */
@ProfilesWithinTotal
@AttendeesMatchCount
@ModelRecord
public record Attendance(
        @Valid @Nullable HeadCount count,
        List<@Valid ProfileCount> profiles,
        @Nullable Text note,
        List<@Valid Attendee> attendees)
        implements AttendanceBuilder.With {
    /**
     * Creates an attendance; the profiles are copied.
     *
     * @param count the head count, or null
     * @param profiles the profiles, not null, no null element
     * @param note a remark, or null
     * @param attendees see the record
     */
    public Attendance {
        profiles = Checks.copy(profiles, "profiles");
        attendees = Checks.copy(attendees, "attendees");
    }

    /**
     * Obtains an attendance with a head count only.
     *
     * @param count the head count, not null
     * @return the attendance, not null
     */
    public static Attendance of(HeadCount count) {
        return new Attendance(count, List.of(), null, List.of());
    }

    /**
     * {@return how many people took part: an exact head count, else the people present or remote on
     * the attendance list when there is one, else null}
     *
     * @since 0.1
     */
    public @Nullable Integer takingPart() {
        if (count instanceof ExactCount exact) {
            return exact.value();
        }
        return attendees.isEmpty()
                ? null
                : (int) attendees.stream().filter(a -> a.status().takesPart()).count();
    }
}
