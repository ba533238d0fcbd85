package io.github.townhall.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.validation.internal.PublishedMinutesContentValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * {@link io.github.townhall.session.PublishedMinutes} have a link or a text. Reported at
 * {@code minutes.link}.
 *
 * <p>Message key: {@code io.github.townhall.validation.PublishedMinutesContent.message}.
 */
@Documented
@Constraint(validatedBy = {PublishedMinutesContentValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PublishedMinutesContent {
    /**
     * The message template, a key of townhall's message bundles.
     *
     * @return the message template
     */
    String message() default "{io.github.townhall.validation.PublishedMinutesContent.message}";

    /**
     * The validation groups this constraint belongs to.
     *
     * @return the groups, empty for the default group
     */
    Class<?>[] groups() default {};

    /**
     * The payload attached to the constraint.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
