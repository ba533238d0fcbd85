package io.github.townhall.session;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.session.SessionValidators.PublishedMinutesContentOfPublishedMinutes;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * {@link PublishedMinutes} have a link or a text. Reported at {@code minutes.link}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {PublishedMinutesContentOfPublishedMinutes.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PublishedMinutesContent {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.session.PublishedMinutesContent.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
