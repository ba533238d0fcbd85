package io.github.townhall.validation.internal;

import io.github.townhall.archive.Archive;
import io.github.townhall.validation.UniqueOrdinals;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Validates {@link UniqueOrdinals}; reported at {@code sessions[i].cycle.ordinal}. */
public final class UniqueOrdinalsValidator implements ConstraintValidator<UniqueOrdinals, Archive> {
    /** Creates the validator. */
    public UniqueOrdinalsValidator() {}

    @Override
    public boolean isValid(@Nullable Archive archive, ConstraintValidatorContext context) {
        if (archive == null) {
            return true;
        }
        boolean valid = true;
        for (List<CyclePositions.Entry> entries :
                CyclePositions.byCycle(archive.sessions()).values()) {
            Set<Integer> seen = new HashSet<>();
            for (CyclePositions.Entry entry : entries) {
                if (!seen.add(entry.ordinal())) {
                    CyclePositions.report(context, entry);
                    valid = false;
                }
            }
        }
        return valid;
    }
}
