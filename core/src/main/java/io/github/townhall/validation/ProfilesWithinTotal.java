package io.github.townhall.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.validation.internal.ProfilesWithinTotalValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The profile counts of an {@link io.github.townhall.session.Attendance} do not exceed its head
 * count: each count (reported at {@code profiles[i].count}) whatever the head count, and their sum
 * (reported at {@code profiles}) when the head count is exact.
 *
 * <p>Message key: {@code io.github.townhall.validation.ProfilesWithinTotal.message}.
 */
@Documented
@Constraint(validatedBy = {ProfilesWithinTotalValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ProfilesWithinTotal {
    /**
     * The message template, a key of townhall's message bundles.
     *
     * @return the message template
     */
    String message() default "{io.github.townhall.validation.ProfilesWithinTotal.message}";

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
