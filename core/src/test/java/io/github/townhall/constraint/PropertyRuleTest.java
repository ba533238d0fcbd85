package io.github.townhall.constraint;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.validation.RecordValidator;
import io.github.townhall.validation.ValidationReport;
import io.github.townhall.validation.Violation;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** A rule of an application's own, on two record types, each validator a {@link PropertyRule}. */
public class PropertyRuleTest {
    /** The first value comes no later than the second. */
    @Constraint(validatedBy = {InOrder.OfRange.class, InOrder.OfWindow.class})
    @Target(TYPE)
    @Retention(RUNTIME)
    public @interface InOrder {
        /** {@return the message} */
        String message() default "comes before the start";
        /** {@return the groups} */
        Class<?>[] groups() default {};
        /** {@return the payload} */
        Class<? extends Payload>[] payload() default {};

        /** Reports a range at {@code to}. */
        final class OfRange extends PropertyRule<InOrder, Range> {
            /** Creates the validator. */
            public OfRange() {
                super("to");
            }

            @Override
            protected boolean holds(Range range) {
                return range.from() <= range.to();
            }
        }

        /** Reports a window at {@code end}. */
        final class OfWindow extends PropertyRule<InOrder, Window> {
            /** Creates the validator. */
            public OfWindow() {
                super("end");
            }

            @Override
            protected boolean holds(Window window) {
                return window.start() <= window.end();
            }
        }
    }

    /** A first record the rule checks. */
    @InOrder
    public record Range(int from, int to) {}

    /** A second: the validator is chosen by the type it checks, given to {@code PropertyRule}. */
    @InOrder
    public record Window(int start, int end) {}

    private static final RecordValidator TOWNHALL = RecordValidator.create();

    @Test
    void aBrokenRuleIsReportedAtItsPropertyWithTheConstraintsMessage() {
        ValidationReport range = TOWNHALL.validate(new Range(2, 1));
        assertEquals(1, range.violations().size());
        Violation violation = range.violations().get(0);
        assertEquals("to", violation.path());
        assertEquals(InOrder.class.getName(), violation.constraint());
        assertEquals("comes before the start", violation.message());
        ValidationReport window = TOWNHALL.validate(new Window(5, 3));
        assertEquals(
                List.of("end"),
                window.violations().stream().map(Violation::path).toList());
    }

    @Test
    void aKeptRuleAndNullAreValid() {
        assertTrue(TOWNHALL.validate(new Range(1, 1)).isValid());
        assertTrue(TOWNHALL.validate(new Window(1, 2)).isValid());
        assertTrue(new InOrder.OfRange().isValid(null, null));
    }

    @Test
    void theProviderReportsTheSame() {
        try (ValidatorFactory factory = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()) {
            Validator provider = factory.getValidator();
            Set<ConstraintViolation<Window>> window = provider.validate(new Window(5, 3));
            assertEquals(1, window.size());
            ConstraintViolation<Window> violation = window.iterator().next();
            assertEquals("end", violation.getPropertyPath().toString());
            assertEquals("comes before the start", violation.getMessage());
            assertTrue(provider.validate(new Range(0, 4)).isEmpty());
        }
    }
}
