package io.github.townhall.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The validators of this package's constraints ({@link HttpUrl}, {@link PositiveDuration}), which
 * a validation provider finds through each constraint's {@code validatedBy}: public for the
 * provider, not for direct use.
 *
 * @since 0.1
 */
public final class ValueValidators {
    private ValueValidators() {}

    /** The provider's validator of {@link HttpUrl} on a {@link URI}, not for direct use. */
    public static final class HttpUrlOfUri implements ConstraintValidator<HttpUrl, URI> {
        /** Creates the validator. */
        public HttpUrlOfUri() {}

        @Override
        public boolean isValid(@Nullable URI uri, ConstraintValidatorContext context) {
            if (uri == null) {
                return true;
            }
            String scheme = uri.getScheme();
            if (scheme == null || uri.isOpaque()) {
                return false;
            }
            String lower = scheme.toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            return (lower.equals("http") || lower.equals("https")) && host != null && !host.isEmpty();
        }
    }

    /** The provider's validator of {@link PositiveDuration} on a {@link Duration}, not for direct use. */
    public static final class PositiveDurationOfDuration implements ConstraintValidator<PositiveDuration, Duration> {
        /** Creates the validator. */
        public PositiveDurationOfDuration() {}

        @Override
        public boolean isValid(@Nullable Duration duration, ConstraintValidatorContext context) {
            return duration == null || (!duration.isNegative() && !duration.isZero());
        }
    }
}
