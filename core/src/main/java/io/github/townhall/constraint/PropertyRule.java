package io.github.townhall.constraint;

import io.github.townhall.internal.Violations;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The validator of a class-level constraint whose one fault is reported at one property of the
 * object it checks, as {@code ExactSchedule}'s end before its start is reported at {@code end}.
 * Null is valid; a subclass says only when the rule holds.
 *
 * <pre>{@code
 * public static final class EndAfterStartOfTentativeSchedule
 *         extends PropertyRule<EndAfterStart, TentativeSchedule> {
 *     public EndAfterStartOfTentativeSchedule() {
 *         super("to");
 *     }
 *
 *     protected boolean holds(TentativeSchedule schedule) {
 *         return !schedule.to().isBefore(schedule.from());
 *     }
 * }
 * }</pre>
 *
 * @param <A> the constraint
 * @param <T> the type it checks
 * @since 0.1
 */
public abstract class PropertyRule<A extends Annotation, T> implements ConstraintValidator<A, T> {
    private final String property;

    /**
     * Creates the validator of a rule reported at a property.
     *
     * @param property the name of the property a fault is reported at, not null
     */
    protected PropertyRule(String property) {
        this.property = Objects.requireNonNull(property, "property");
    }

    /**
     * Tells whether the rule holds for an object.
     *
     * @param value the object, not null
     * @return true when the rule holds
     */
    protected abstract boolean holds(T value);

    /**
     * {@inheritDoc} Reports a fault at the property given to the constructor.
     *
     * @param value the object, valid when null
     * @param context the provider's context
     * @return whether the rule holds
     */
    @Override
    public final boolean isValid(@Nullable T value, ConstraintValidatorContext context) {
        if (value == null || holds(value)) {
            return true;
        }
        Violations.at(context, property);
        return false;
    }
}
