package io.github.townhall.validation.internal;

import io.github.townhall.text.Text;
import io.github.townhall.validation.NotBlankText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link NotBlankText}: every language of a text has a non-blank value. */
public final class NotBlankTextValidator implements ConstraintValidator<NotBlankText, Text> {
    /** Creates the validator. */
    public NotBlankTextValidator() {}

    @Override
    public boolean isValid(@Nullable Text text, ConstraintValidatorContext context) {
        return text == null || text.values().values().stream().noneMatch(Strings::isBlank);
    }
}
