package io.github.townhall.validation.internal;

import io.github.townhall.session.PublishedMinutes;
import io.github.townhall.validation.PublishedMinutesContent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link PublishedMinutesContent}; reported at {@code link}. */
public final class PublishedMinutesContentValidator
        implements ConstraintValidator<PublishedMinutesContent, PublishedMinutes> {
    /** Creates the validator. */
    public PublishedMinutesContentValidator() {}

    @Override
    public boolean isValid(@Nullable PublishedMinutes minutes, ConstraintValidatorContext context) {
        if (minutes == null || minutes.link() != null || minutes.text() != null) {
            return true;
        }
        Violations.at(context, "link");
        return false;
    }
}
