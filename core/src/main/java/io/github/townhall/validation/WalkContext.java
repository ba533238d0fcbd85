package io.github.townhall.validation;

import io.github.townhall.internal.SharedWork;
import io.github.townhall.validation.internal.ViolationPaths;
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
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The context {@link RecordWalk} hands to a constraint's validator: the default violation, or
 * violations pinned to nodes below the validated value through the specification's node builders.
 * One per validation, reset before each constraint; it also keeps the work that several constraints
 * of one record share ({@link SharedWork}) until the validation ends. Not thread-safe.
 */
final class WalkContext implements ConstraintValidatorContext, SharedWork.Memo {
    private String defaultTemplate = "";
    /** Whether the default violation stands (no validator disabled it). */
    boolean reportsDefault = true;

    /** The violations the validator built through the node builders. */
    final List<Report> reports = new ArrayList<>(0);

    /** The shared work kept in this validation: owner, kind and result, in turn. */
    private final List<Object> kept = new ArrayList<>(0);

    /** Makes the context ready for the next evaluation, with the constraint's default template. */
    WalkContext reset(String defaultTemplate) {
        this.defaultTemplate = defaultTemplate;
        if (!reportsDefault || !reports.isEmpty()) {
            reportsDefault = true;
            reports.clear();
        }
        return this;
    }

    @Override
    @SuppressWarnings("ReferenceEquality") // the same record, not an equal one
    public @Nullable Object kept(Object owner, Class<?> kind) {
        for (int i = 0; i < kept.size(); i += 3) {
            if (kept.get(i) == owner && kept.get(i + 1) == kind) {
                return kept.get(i + 2);
            }
        }
        return null;
    }

    @Override
    public void keep(Object owner, Class<?> kind, Object result) {
        kept.add(owner);
        kept.add(kind);
        kept.add(result);
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

    /** One violation a validator built: its template and its nodes below the validated value. */
    record Report(String template, List<ViolationPaths.Node> nodes) {
        String path(String base) {
            return ViolationPaths.path(base, nodes);
        }

        @Nullable
        Object value(@Nullable Object validated) {
            return ViolationPaths.resolve(validated, nodes, validated);
        }
    }

    /** Every stage of the node builders at once: each call returns this same builder. */
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
        private final List<ViolationPaths.Node> nodes = new ArrayList<>(4);

        Builder(String template) {
            this.template = template;
        }

        private Builder add(@Nullable String name) {
            nodes.add(new ViolationPaths.Node(name, false, null));
            return this;
        }

        private Builder mark(boolean inIterable, @Nullable Object at) {
            if (nodes.isEmpty()) {
                throw new ValidationException("add a property or bean node before marking it");
            }
            ViolationPaths.Node last = nodes.remove(nodes.size() - 1);
            nodes.add(new ViolationPaths.Node(last.name(), inIterable || last.inIterable(), at));
            return this;
        }

        @Override
        @Deprecated
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
            return mark(true, null);
        }

        @Override
        public Builder inContainer(Class<?> containerClass, Integer typeArgumentIndex) {
            return this;
        }

        @Override
        public Builder atKey(Object key) {
            return mark(true, key);
        }

        @Override
        public Builder atIndex(Integer index) {
            return mark(true, index);
        }

        @Override
        public ConstraintValidatorContext addConstraintViolation() {
            reports.add(new Report(template, List.copyOf(nodes)));
            return WalkContext.this;
        }
    }
}
