package io.github.townhall.session;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.internal.Violations;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * {@link PublishedMinutes} have a link or a text. Reported at {@code minutes.link}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {PublishedMinutesContent.OfPublishedMinutes.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PublishedMinutesContent {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.session.PublishedMinutesContent.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};

    /** The provider's validator of {@link PublishedMinutesContent} on {@link PublishedMinutes}, not for direct use. */
    final class OfPublishedMinutes implements ConstraintValidator<PublishedMinutesContent, PublishedMinutes> {
        /** Creates the validator. */
        public OfPublishedMinutes() {}

        @Override
        public boolean isValid(@Nullable PublishedMinutes minutes, ConstraintValidatorContext context) {
            if (minutes == null || minutes.link() != null || minutes.text() != null) {
                return true;
            }
            Violations.at(context, "link");
            return false;
        }
    }
}
