package io.github.townhall.text;

import io.github.townhall.internal.Strings;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * The validators of this package's constraints ({@link NotBlankText}, {@link SingleLine}), which a
 * validation provider finds through each constraint's {@code validatedBy}: public for the
 * provider, not for direct use.
 *
 * @since 0.1
 */
public final class TextValidators {
    private TextValidators() {}

    /** The provider's validator of {@link NotBlankText} on a {@link Text}, not for direct use. */
    public static final class NotBlankTextOfText implements ConstraintValidator<NotBlankText, Text> {
        /** Creates the validator. */
        public NotBlankTextOfText() {}

        @Override
        public boolean isValid(@Nullable Text text, ConstraintValidatorContext context) {
            return text == null || !text.anyBlank();
        }
    }

    /** The provider's validator of {@link SingleLine} on a {@code String}, not for direct use. */
    public static final class SingleLineOfString implements ConstraintValidator<SingleLine, String> {
        /** Creates the validator. */
        public SingleLineOfString() {}

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || !Strings.isMultiLine(value);
        }
    }

    /** The provider's validator of {@link SingleLine} on every language of a {@link Text}, not for direct use. */
    public static final class SingleLineOfText implements ConstraintValidator<SingleLine, Text> {
        /** Creates the validator. */
        public SingleLineOfText() {}

        @Override
        public boolean isValid(@Nullable Text value, ConstraintValidatorContext context) {
            return value == null || !value.anyMultiLine();
        }
    }
}
