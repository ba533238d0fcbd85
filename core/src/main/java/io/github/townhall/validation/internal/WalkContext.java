package io.github.townhall.validation.internal;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.ContainerElementNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.ContainerElementNodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.ContainerElementNodeContextBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeContextBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import jakarta.validation.ValidationException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The context {@link RecordWalk} hands to a constraint's validator: the default violation, or
 * violations pinned to property and element nodes below the validated value, in the
 * specification's node-builder API. One per evaluation; not thread-safe.
 */
final class WalkContext implements ConstraintValidatorContext {
    private final String defaultTemplate;
    private boolean reportsDefault = true;
    private @Nullable List<Report> reports;

    WalkContext(String defaultTemplate) {
        this.defaultTemplate = defaultTemplate;
    }

    boolean reportsDefault() {
        return reportsDefault;
    }

    List<Report> reports() {
        return reports == null ? List.of() : reports;
    }

    @Override
    public void disableDefaultConstraintViolation() {
        reportsDefault = false;
    }

    @Override
    public String getDefaultConstraintMessageTemplate() {
        return defaultTemplate;
    }

    @Override
    public ClockProvider getClockProvider() {
        throw new ValidationException("townhall's constraints never read the clock");
    }

    @Override
    public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
        return new Builder(messageTemplate);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw new ValidationException("townhall's validation context cannot be unwrapped to " + type.getName());
    }

    /** One node of a reported path: a property or bean node, maybe an element of a list. */
    static final class Node {
        private final @Nullable String name;
        private boolean inIterable;
        private @Nullable Object at;

        Node(@Nullable String name) {
            this.name = name;
        }
    }

    /**
     * One violation a validator built, relative to the validated value.
     *
     * @param template its message template
     * @param nodes its nodes below the validated value
     */
    record Report(String template, List<Node> nodes) {
        /**
         * Returns the path of the violation below a base path, printed as
         * {@link ViolationPaths#path} prints the provider's.
         */
        String path(String base) {
            StringBuilder out = new StringBuilder(base);
            for (Node node : nodes) {
                if (node.inIterable) {
                    out.append('[').append(node.at != null ? node.at : "").append(']');
                }
                if (node.name != null) {
                    if (out.length() > 0) {
                        out.append('.');
                    }
                    out.append(node.name);
                }
            }
            return out.toString();
        }

        /** Returns the value the nodes lead to from the validated value, or that value itself. */
        @Nullable
        Object value(@Nullable Object validated) {
            Object current = validated;
            try {
                for (Node node : nodes) {
                    if (current != null && node.inIterable) {
                        current = node.at instanceof Integer index && current instanceof List<?> list
                                ? list.get(index)
                                : ((Map<?, ?>) current).get(node.at);
                    }
                    if (current != null && node.name != null) {
                        Method accessor = current.getClass().getMethod(node.name);
                        current = accessor.invoke(current);
                    }
                }
                return current;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return validated;
            }
        }
    }

    /** Every stage of the node-builder API at once: each call returns this same builder. */
    private final class Builder
            implements ConstraintViolationBuilder,
                    NodeBuilderCustomizableContext,
                    NodeContextBuilder,
                    NodeBuilderDefinedContext,
                    LeafNodeBuilderCustomizableContext,
                    LeafNodeContextBuilder,
                    LeafNodeBuilderDefinedContext,
                    ContainerElementNodeBuilderCustomizableContext,
                    ContainerElementNodeContextBuilder,
                    ContainerElementNodeBuilderDefinedContext {
        private final String template;
        private final List<Node> nodes = new ArrayList<>(4);

        Builder(String template) {
            this.template = template;
        }

        private Builder add(@Nullable String name) {
            nodes.add(new Node(name));
            return this;
        }

        private Node last() {
            if (nodes.isEmpty()) {
                throw new ValidationException("no node to mark: add a property or bean node first");
            }
            return nodes.get(nodes.size() - 1);
        }

        @Override
        public Builder addNode(String name) {
            return add(name);
        }

        @Override
        public Builder addPropertyNode(String name) {
            return add(name);
        }

        @Override
        public Builder addBeanNode() {
            return add(null);
        }

        @Override
        public Builder addContainerElementNode(String name, Class<?> containerType, Integer typeArgumentIndex) {
            return add(name);
        }

        @Override
        public Builder addParameterNode(int index) {
            throw new ValidationException("townhall validates records, not method parameters");
        }

        @Override
        public Builder inIterable() {
            last().inIterable = true;
            return this;
        }

        @Override
        public Builder inContainer(Class<?> containerClass, Integer typeArgumentIndex) {
            return this;
        }

        @Override
        public Builder atKey(Object key) {
            last().at = key;
            return this;
        }

        @Override
        public Builder atIndex(Integer index) {
            last().at = index;
            return this;
        }

        @Override
        public ConstraintValidatorContext addConstraintViolation() {
            if (reports == null) {
                reports = new ArrayList<>(2);
            }
            reports.add(new Report(template, List.copyOf(nodes)));
            return WalkContext.this;
        }
    }
}
