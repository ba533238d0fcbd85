package io.github.townhall.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.validation.internal.ExistingLocalTimeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The local start and end times of a schedule exist in its zone: a time in a spring-forward gap
 * (02:30 on the last Sunday of March in Europe/Paris) is reported at {@code start} or {@code end}.
 *
 * <p>Message key: {@code io.github.townhall.validation.ExistingLocalTime.message}.
 */
@Documented
@Constraint(
        validatedBy = {
            ExistingLocalTimeValidator.OfExactSchedule.class,
            ExistingLocalTimeValidator.OfOpenEndedSchedule.class
        })
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ExistingLocalTime {
    /**
     * The message template, a key of townhall's message bundles.
     *
     * @return the message template
     */
    String message() default "{io.github.townhall.validation.ExistingLocalTime.message}";

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
