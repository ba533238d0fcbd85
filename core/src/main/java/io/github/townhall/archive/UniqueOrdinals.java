package io.github.townhall.archive;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * In an {@link Archive}, no two sessions of one cycle have the same ordinal; every session after
 * the first one holding an ordinal is reported at {@code sessions[i].cycle.ordinal}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {UniqueOrdinals.OfArchive.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface UniqueOrdinals {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.archive.UniqueOrdinals.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};

    /** The provider's validator of {@link UniqueOrdinals} on an {@link Archive}, not for direct use. */
    final class OfArchive implements ConstraintValidator<UniqueOrdinals, Archive> {
        /** Creates the validator. */
        public OfArchive() {}

        @Override
        public boolean isValid(@Nullable Archive archive, ConstraintValidatorContext context) {
            if (archive == null) {
                return true;
            }
            boolean valid = true;
            for (List<CyclePositions.Entry> entries : CyclePositions.byCycle(archive, context)) {
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
}
