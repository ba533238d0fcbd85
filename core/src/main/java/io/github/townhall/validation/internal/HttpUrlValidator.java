package io.github.townhall.validation.internal;

import io.github.townhall.validation.HttpUrl;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Validates {@link HttpUrl}: an absolute http or https URL with a host. */
public final class HttpUrlValidator implements ConstraintValidator<HttpUrl, URI> {
    /** Creates the validator. */
    public HttpUrlValidator() {}

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
