package io.github.townhall.validation.internal;

import io.github.townhall.archive.Archive;
import io.github.townhall.validation.ChronologicalOrdinals;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Validates {@link ChronologicalOrdinals}; reported at {@code sessions[i].cycle.ordinal}. */
public final class ChronologicalOrdinalsValidator implements ConstraintValidator<ChronologicalOrdinals, Archive> {
    /** Creates the validator. */
    public ChronologicalOrdinalsValidator() {}

    @Override
    public boolean isValid(@Nullable Archive archive, ConstraintValidatorContext context) {
        if (archive == null) {
            return true;
        }
        boolean valid = true;
        for (List<CyclePositions.Entry> entries :
                CyclePositions.byCycle(archive.sessions()).values()) {
            List<CyclePositions.Entry> ranked = new ArrayList<>(entries);
            ranked.sort(Comparator.comparingInt(CyclePositions.Entry::ordinal));
            for (int i = 1; i < ranked.size(); i++) {
                CyclePositions.Entry before = ranked.get(i - 1);
                CyclePositions.Entry after = ranked.get(i);
                if (after.ordinal() != before.ordinal()
                        && Schedules.startsBefore(
                                after.session().schedule(), before.session().schedule())) {
                    CyclePositions.report(context, after);
                    valid = false;
                }
            }
        }
        return valid;
    }
}
