package io.github.townhall.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.Objects;

/**
 * Builds violations of class-level constraints pinned to a property. Not part of the API.
 */
public final class Violations {
    private Violations() {}

    /**
     * Reports a violation at a property of the validated bean, with the constraint's message.
     *
     * @param context the validator's context
     * @param property the property's name
     */
    public static void at(ConstraintValidatorContext context, String property) {
        builder(context).addPropertyNode(property).addConstraintViolation();
    }

    /**
     * Reports a violation at a property of an element of a list property of the validated bean:
     * {@code list[index].property}.
     *
     * @param context the validator's context
     * @param list the list property
     * @param index the element's index
     * @param property the element's property
     */
    public static void at(ConstraintValidatorContext context, String list, int index, String property) {
        builder(context)
                .addPropertyNode(list)
                .addPropertyNode(property)
                .inIterable()
                .atIndex(index)
                .addConstraintViolation();
    }

    /**
     * Reports a violation at an element of a list held by an element of a list property:
     * {@code list[index].inner[innerIndex]}.
     *
     * @param context the validator's context
     * @param list the outer list property
     * @param index the outer element's index
     * @param inner the inner list property
     * @param innerIndex the inner element's index
     */
    public static void at(ConstraintValidatorContext context, String list, int index, String inner, int innerIndex) {
        builder(context)
                .addPropertyNode(list)
                .addPropertyNode(inner)
                .inIterable()
                .atIndex(index)
                .addBeanNode()
                .inIterable()
                .atIndex(innerIndex)
                .addConstraintViolation();
    }

    /**
     * Reports a violation at any depth: names of properties, each followed by an index where it is
     * a list, such as {@code "sessions", 3, "roles", 0, "holder"} for {@code sessions[3].roles[0].holder}.
     *
     * @param context the validator's context
     * @param path property names (String) and list indexes (Integer), starting with a name
     */
    public static void atPath(ConstraintValidatorContext context, Object... path) {
        ConstraintViolationBuilder start = builder(context);
        NodeBuilderCustomizableContext custom = null;
        NodeBuilderDefinedContext defined = null;
        Integer index = null;
        for (Object part : path) {
            if (part instanceof Integer at) {
                index = at;
                continue;
            }
            String name = (String) part;
            NodeBuilderCustomizableContext next = custom != null
                    ? custom.addPropertyNode(name)
                    : defined != null ? defined.addPropertyNode(name) : start.addPropertyNode(name);
            if (index != null) {
                defined = next.inIterable().atIndex(index);
                custom = null;
                index = null;
            } else {
                custom = next;
                defined = null;
            }
        }
        if (index != null) {
            (custom != null
                            ? custom.addBeanNode()
                            : Objects.requireNonNull(defined).addBeanNode())
                    .inIterable()
                    .atIndex(index)
                    .addConstraintViolation();
        } else if (custom != null) {
            custom.addConstraintViolation();
        } else {
            Objects.requireNonNull(defined).addConstraintViolation();
        }
    }

    private static ConstraintViolationBuilder builder(ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
        return context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate());
    }
}
