package io.github.townhall.validation.internal;

import io.github.townhall.text.Text;
import io.github.townhall.validation.SingleLine;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validators of {@link SingleLine}. */
public final class SingleLineValidator {
    private SingleLineValidator() {}

    /** Validates a string. */
    public static final class OfString implements ConstraintValidator<SingleLine, String> {
        /** Creates the validator. */
        public OfString() {}

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || !Strings.isMultiLine(value);
        }
    }

    /** Validates every language of a text. */
    public static final class OfText implements ConstraintValidator<SingleLine, Text> {
        /** Creates the validator. */
        public OfText() {}

        @Override
        public boolean isValid(@Nullable Text value, ConstraintValidatorContext context) {
            return value == null || !Strings.isMultiLine(value);
        }
    }
}
