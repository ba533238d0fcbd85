package io.github.townhall.validation.internal;

import io.github.townhall.session.Attendance;
import io.github.townhall.session.ExactCount;
import io.github.townhall.session.HeadCount;
import io.github.townhall.session.ProfileCount;
import io.github.townhall.validation.ProfilesWithinTotal;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Validates {@link ProfilesWithinTotal}. */
public final class ProfilesWithinTotalValidator implements ConstraintValidator<ProfilesWithinTotal, Attendance> {
    /** Creates the validator. */
    public ProfilesWithinTotalValidator() {}

    @Override
    public boolean isValid(@Nullable Attendance attendance, ConstraintValidatorContext context) {
        if (attendance == null
                || attendance.count() == null
                || attendance.count().value() < 0) {
            return true;
        }
        HeadCount total = attendance.count();
        List<ProfileCount> profiles = attendance.profiles();
        boolean valid = true;
        long sum = 0;
        for (int i = 0; i < profiles.size(); i++) {
            Integer count = profiles.get(i).count();
            if (count == null) {
                continue;
            }
            sum += count;
            if (count > total.value()) {
                Violations.at(context, "profiles", i, "count");
                valid = false;
            }
        }
        if (valid && total instanceof ExactCount && sum > total.value()) {
            Violations.at(context, "profiles");
            valid = false;
        }
        return valid;
    }
}
