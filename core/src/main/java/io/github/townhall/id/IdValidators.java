package io.github.townhall.id;

import io.github.townhall.internal.Strings;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * The validators of this package's constraints ({@link Identifier}), which a validation provider
 * finds through each constraint's {@code validatedBy}: public for the provider, not for direct
 * use.
 *
 * @since 0.1
 */
public final class IdValidators {
    private IdValidators() {}

    /** The provider's validator of {@link Identifier} on any {@link Id}, not for direct use. */
    public static final class IdentifierOfId implements ConstraintValidator<Identifier, Id> {
        /** Creates the validator. */
        public IdentifierOfId() {}

        @Override
        public boolean isValid(@Nullable Id id, ConstraintValidatorContext context) {
            if (id == null) {
                return true;
            }
            String text = id.value();
            return !text.isBlank() && !Strings.isMultiLine(text);
        }
    }
}
