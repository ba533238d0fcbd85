package io.github.townhall.validation.internal;

import io.github.townhall.validation.PositiveDuration;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Validates {@link PositiveDuration}. */
public final class PositiveDurationValidator implements ConstraintValidator<PositiveDuration, Duration> {
    /** Creates the validator. */
    public PositiveDurationValidator() {}

    @Override
    public boolean isValid(@Nullable Duration duration, ConstraintValidatorContext context) {
        return duration == null || (!duration.isNegative() && !duration.isZero());
    }
}
