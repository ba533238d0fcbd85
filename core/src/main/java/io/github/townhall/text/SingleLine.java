package io.github.townhall.text;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.internal.Strings;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * The annotated {@code String} or {@link Text} (every language) holds no control character (no
 * CR, LF or tab) nor line or paragraph separator: it ends up in a one-line calendar property. Null
 * is valid.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {SingleLine.OfString.class, SingleLine.OfText.class})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface SingleLine {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.text.SingleLine.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};

    /** The provider's validator of {@link SingleLine} on a {@code String}, not for direct use. */
    final class OfString implements ConstraintValidator<SingleLine, String> {
        /** Creates the validator. */
        public OfString() {}

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || !Strings.isMultiLine(value);
        }
    }

    /** The provider's validator of {@link SingleLine} on every language of a {@link Text}, not for direct use. */
    final class OfText implements ConstraintValidator<SingleLine, Text> {
        /** Creates the validator. */
        public OfText() {}

        @Override
        public boolean isValid(@Nullable Text value, ConstraintValidatorContext context) {
            return value == null || !value.anyMultiLine();
        }
    }
}
