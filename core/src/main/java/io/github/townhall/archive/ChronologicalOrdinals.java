package io.github.townhall.archive;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.schedule.Schedule;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * In an {@link Archive}, the ordinals of a cycle's sessions follow their chronological order:
 * ordered by ordinal, no session starts before the one ranked just before it (compared as instants
 * when both have an exact start, else by first day). Reported at {@code sessions[i].cycle.ordinal}
 * of the later-ranked session.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {ChronologicalOrdinals.OfArchive.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ChronologicalOrdinals {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.archive.ChronologicalOrdinals.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};

    /** The provider's validator of {@link ChronologicalOrdinals} on an {@link Archive}, not for direct use. */
    final class OfArchive implements ConstraintValidator<ChronologicalOrdinals, Archive> {
        /** Creates the validator. */
        public OfArchive() {}

        @Override
        public boolean isValid(@Nullable Archive archive, ConstraintValidatorContext context) {
            if (archive == null) {
                return true;
            }
            boolean valid = true;
            for (List<CyclePositions.Entry> entries : CyclePositions.byCycle(archive, context)) {
                List<CyclePositions.Entry> ranked = new ArrayList<>(entries);
                ranked.sort(Comparator.comparingInt(CyclePositions.Entry::ordinal));
                for (int i = 1; i < ranked.size(); i++) {
                    CyclePositions.Entry before = ranked.get(i - 1);
                    CyclePositions.Entry after = ranked.get(i);
                    if (after.ordinal() != before.ordinal()
                            && startsBefore(
                                    after.session().schedule(), before.session().schedule())) {
                        CyclePositions.report(context, after);
                        valid = false;
                    }
                }
            }
            return valid;
        }

        /**
         * Tells whether a schedule certainly starts before another: by instant when both have an
         * exact start, else by first day.
         *
         * @param second one schedule
         * @param first the other
         * @return true if {@code second} starts strictly before {@code first}
         */
        private static boolean startsBefore(Schedule second, Schedule first) {
            // The earlier-ranked one first: the next pair starts with this pair's later one, still
            // resolved then (an ExactSchedule keeps the zoned times of the last one resolved).
            ZonedDateTime firstStart = first.exactStart();
            ZonedDateTime secondStart = second.exactStart();
            if (firstStart != null && secondStart != null) {
                return secondStart.toInstant().isBefore(firstStart.toInstant());
            }
            LocalDate secondDay = second.firstDay();
            LocalDate firstDay = first.firstDay();
            return secondDay != null && firstDay != null && secondDay.isBefore(firstDay);
        }
    }
}
