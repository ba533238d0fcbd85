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
 * @since 0.1
 */
@ProfilesWithinTotal
@ModelRecord
public record Attendance(
        @Valid @Nullable HeadCount count,
        List<@Valid ProfileCount> profiles,
        @Nullable Text note) implements AttendanceBuilder.With {
    /**
     * Creates an attendance; the profiles are copied.
     *
     * @param count the head count, or null
     * @param profiles the profiles, not null, no null element
     * @param note a remark, or null
     */
    public Attendance {
        profiles = Checks.copy(profiles, "profiles");
    }

    /**
     * Obtains an attendance with a head count only.
     *
     * @param count the head count, not null
     * @return the attendance, not null
     */
    public static Attendance of(HeadCount count) {
        return new Attendance(count, List.of(), null);
    }
}
