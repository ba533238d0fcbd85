package io.github.townhall.text;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.text.TextValidators.SingleLineOfString;
import io.github.townhall.text.TextValidators.SingleLineOfText;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@code String} or {@link Text} (every language) holds no control character (no
 * CR, LF or tab) nor line or paragraph separator: it ends up in a one-line calendar property. Null
 * is valid.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {SingleLineOfString.class, SingleLineOfText.class})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface SingleLine {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.text.SingleLine.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
