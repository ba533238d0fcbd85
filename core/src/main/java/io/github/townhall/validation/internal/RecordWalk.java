package io.github.townhall.validation.internal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Validates a graph of records against the Jakarta constraints declared on them, in one walk: the
 * same annotations the provider reads (class-level constraints, constraints on record components
 * and on their list elements, {@code @Valid} to descend), evaluated by the constraints' own
 * {@link ConstraintValidator}s, with the paths, messages and values the provider would report.
 *
 * <p>The provider walks each cascaded object with a context, path nodes and bookkeeping of its
 * own; a record graph needs none of that (records cannot form cycles). The built-in constraints
 * {@code NotNull}, {@code NotBlank}, {@code Positive} and {@code PositiveOrZero} are evaluated here
 * as the specification defines them; any other built-in constraint is handed to the provider
 * with {@link Validator#validateValue}. Immutable and thread-safe once built.
 */
public final class RecordWalk {
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private final Validator provider;
    private final Map<String, String> messages;
    private final Map<Key, Check> checks = new ConcurrentHashMap<>();

    /**
     * Creates a walk.
     *
     * @param provider the provider, for built-in constraints this walk does not evaluate itself
     * @param messages the message bundle of the report's language
     */
    public RecordWalk(Validator provider, Map<String, String> messages) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * Tells whether this walk can validate an object: a record.
     *
     * @param object the object
     * @return true for a record
     */
    public static boolean accepts(Object object) {
        return object.getClass().isRecord();
    }

    /**
     * Validates a record and everything it holds with {@code @Valid}.
     *
     * @param record the record
     * @return the violations: path, constraint's qualified name, message, printed value
     * @throws NotARecordException when {@code @Valid} leads to an object that is not a record
     */
    public Set<Found> validate(Object record) {
        Set<Found> found = new LinkedHashSet<>();
        walk(record, null, found);
        return found;
    }

    /**
     * One violation found by the walk.
     *
     * @param path the property path
     * @param constraint the constraint's qualified annotation name
     * @param message the interpolated message
     * @param value the value at fault, possibly null
     */
    public record Found(
            String path,
            String constraint,
            String message,
            @Nullable Object value) {}

    /** Thrown when {@code @Valid} leads to an object that is not a record: the provider takes over. */
    public static final class NotARecordException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotARecordException(Class<?> type) {
            super(type.getName() + " is not a record", null, false, false);
        }
    }

    private void walk(Object bean, @Nullable Where where, Set<Found> found) {
        Class<?> type = bean.getClass();
        if (!type.isRecord()) {
            throw new NotARecordException(type);
        }
        Shape shape = SHAPES.get(type);
        for (Site site : shape.constraints) {
            check(site, bean, type, null, where, found);
        }
        for (Part part : shape.parts) {
            Object value = part.read(bean);
            Where at = new Where(where, part.name, -1);
            for (Site site : part.constraints) {
                check(site, value, type, part.name, at, found);
            }
            if (value == null) {
                continue;
            }
            if (part.cascade) {
                walk(value, at, found);
            }
            if ((part.elementCascade || part.elementConstraints.length > 0) && value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    Object element = list.get(i);
                    Where elementAt = new Where(at, null, i);
                    for (Site site : part.elementConstraints) {
                        check(site, element, type, null, elementAt, found);
                    }
                    if (part.elementCascade && element != null) {
                        walk(element, elementAt, found);
                    }
                }
            }
        }
    }

    /**
     * Where a value sits below the validated record: a property of its parent, or an element of
     * the list its parent is. Printed only when a violation needs it.
     */
    private record Where(@Nullable Where parent, @Nullable String name, int index) {
        static String print(@Nullable Where where) {
            if (where == null) {
                return "";
            }
            String parent = print(where.parent);
            if (where.name == null) {
                return parent + "[" + where.index + "]";
            }
            return parent.isEmpty() ? where.name : parent + "." + where.name;
        }
    }

    /**
     * Evaluates one constraint on one value.
     *
     * @param component the name of the record component the value is, for the provider; null for a
     *     list element or the record itself
     */
    private void check(
            Site site,
            @Nullable Object value,
            Class<?> ownerType,
            @Nullable String component,
            @Nullable Where where,
            Set<Found> found) {
        Check check = site.check(value == null ? Void.class : value.getClass(), checks);
        if (check.validator == null) {
            provided(site.constraint, value, ownerType, component, Where.print(where), found);
            return;
        }
        WalkContext context = new WalkContext(check.template);
        if (check.isValid(value, context)) {
            return;
        }
        String path = Where.print(where);
        String name = site.constraint.annotationType().getName();
        if (context.reportsDefault()) {
            found.add(new Found(path, name, message(check.template, check.attributes), value));
        }
        for (WalkContext.Report report : context.reports()) {
            found.add(new Found(
                    report.path(path), name, message(report.template(), check.attributes), report.value(value)));
        }
    }

    private void provided(
            Annotation constraint,
            @Nullable Object value,
            Class<?> ownerType,
            @Nullable String component,
            String path,
            Set<Found> found) {
        if (component == null) {
            throw new NotARecordException(constraint.annotationType());
        }
        @SuppressWarnings("unchecked")
        Class<Object> beanType = (Class<Object>) ownerType;
        for (ConstraintViolation<Object> violation : provider.validateValue(beanType, component, value)) {
            if (violation.getConstraintDescriptor().getAnnotation().equals(constraint)) {
                found.add(new Found(path, constraint.annotationType().getName(), violation.getMessage(), value));
            }
        }
    }

    private String message(String template, Map<String, @Nullable Object> attributes) {
        return BundleMessageInterpolator.interpolate(template, messages, attributes);
    }

    /** What the walk knows of a record type: its class-level constraints and its components. */
    private record Shape(Site[] constraints, Part[] parts) {
        static Shape of(Class<?> type) {
            List<Part> parts = new ArrayList<>();
            RecordComponent[] components = type.getRecordComponents();
            if (components != null) {
                for (RecordComponent component : components) {
                    parts.add(Part.of(type, component));
                }
            }
            return new Shape(sites(type.getAnnotations()), parts.toArray(new Part[0]));
        }
    }

    /** One record component: how to read it, its constraints, whether to descend. */
    private record Part(
            String name,
            Method accessor,
            Site[] constraints,
            boolean cascade,
            Site[] elementConstraints,
            boolean elementCascade) {
        static Part of(Class<?> type, RecordComponent component) {
            Field field;
            try {
                field = type.getDeclaredField(component.getName());
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("record component without field: " + component, e);
            }
            Site[] elementConstraints = {};
            boolean elementCascade = false;
            AnnotatedType annotated = field.getAnnotatedType();
            if (annotated instanceof AnnotatedParameterizedType parameterized
                    && List.class.isAssignableFrom(field.getType())) {
                AnnotatedType element = parameterized.getAnnotatedActualTypeArguments()[0];
                elementConstraints = sites(element.getAnnotations());
                elementCascade = element.isAnnotationPresent(Valid.class);
            }
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return new Part(
                    component.getName(),
                    accessor,
                    sites(field.getAnnotations()),
                    field.isAnnotationPresent(Valid.class),
                    elementConstraints,
                    elementCascade);
        }

        @Nullable
        Object read(Object bean) {
            try {
                return accessor.invoke(bean);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + accessor, e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(accessor + " threw " + e.getCause(), e.getCause());
            }
        }
    }

    private static Site[] sites(Annotation[] annotations) {
        List<Site> sites = new ArrayList<>();
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
                sites.add(new Site(annotation));
            }
        }
        return sites.toArray(new Site[0]);
    }

    /**
     * One constraint where it is declared, remembering the check for the last class of value it
     * saw: a component's values are nearly always of one class, so the shared map of checks is
     * rarely asked.
     */
    private static final class Site {
        private final Annotation constraint;
        private volatile @Nullable Resolved last;

        Site(Annotation constraint) {
            this.constraint = constraint;
        }

        Check check(Class<?> valueType, Map<Key, Check> checks) {
            Resolved resolved = last;
            if (resolved != null && resolved.valueType == valueType) {
                return resolved.check;
            }
            Check check = checks.computeIfAbsent(new Key(constraint, valueType), Check::of);
            last = new Resolved(valueType, check);
            return check;
        }

        private record Resolved(Class<?> valueType, Check check) {}
    }

    private record Key(Annotation constraint, Class<?> valueType) {}

    /** A constraint ready to evaluate on values of one class. */
    private static final class Check {
        private final @Nullable ConstraintValidator<Annotation, Object> validator;
        private final String template;
        private final Map<String, @Nullable Object> attributes;

        private Check(
                @Nullable ConstraintValidator<Annotation, Object> validator,
                String template,
                Map<String, @Nullable Object> attributes) {
            this.validator = validator;
            this.template = template;
            this.attributes = attributes;
        }

        static Check of(Key key) {
            Annotation constraint = key.constraint();
            Map<String, @Nullable Object> attributes = attributes(constraint);
            String template = String.valueOf(attributes.get("message"));
            return new Check(validator(constraint, key.valueType()), template, attributes);
        }

        boolean isValid(@Nullable Object value, WalkContext context) {
            return Objects.requireNonNull(validator).isValid(value, context);
        }

        @SuppressWarnings("unchecked")
        private static @Nullable ConstraintValidator<Annotation, Object> validator(
                Annotation constraint, Class<?> valueType) {
            ConstraintValidator<?, ?> builtIn = BuiltIn.of(constraint);
            if (builtIn != null) {
                return (ConstraintValidator<Annotation, Object>) builtIn;
            }
            Class<? extends ConstraintValidator<?, ?>>[] candidates =
                    constraint.annotationType().getAnnotation(Constraint.class).validatedBy();
            for (Class<? extends ConstraintValidator<?, ?>> candidate : candidates) {
                Class<?> target = target(candidate);
                if (valueType == Void.class ? candidates.length == 1 : target.isAssignableFrom(valueType)) {
                    try {
                        ConstraintValidator<Annotation, Object> validator = (ConstraintValidator<Annotation, Object>)
                                candidate.getConstructor().newInstance();
                        validator.initialize(constraint);
                        return validator;
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot create " + candidate.getName(), e);
                    }
                }
            }
            // A null value with several validators: any of them accepts null, as constraints must.
            if (valueType == Void.class && candidates.length > 0) {
                return validator(constraint, target(candidates[0]));
            }
            return null;
        }

        private static Class<?> target(Class<?> validator) {
            for (Type type : validator.getGenericInterfaces()) {
                if (type instanceof ParameterizedType parameterized
                        && parameterized.getRawType() == ConstraintValidator.class) {
                    Type target = parameterized.getActualTypeArguments()[1];
                    if (target instanceof Class<?> raw) {
                        return raw;
                    }
                    if (target instanceof ParameterizedType generic) {
                        return (Class<?>) generic.getRawType();
                    }
                    if (target instanceof TypeVariable<?>) {
                        return Object.class;
                    }
                }
            }
            return Object.class;
        }

        private static Map<String, @Nullable Object> attributes(Annotation constraint) {
            Map<String, @Nullable Object> attributes = new java.util.HashMap<>();
            for (Method method : constraint.annotationType().getDeclaredMethods()) {
                if (method.getParameterCount() == 0) {
                    try {
                        method.setAccessible(true);
                        attributes.put(method.getName(), method.invoke(constraint));
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        throw new IllegalStateException("cannot read " + method, e);
                    }
                }
            }
            return attributes;
        }
    }

    /** The built-in constraints this walk evaluates itself, as the specification defines them. */
    private static final class BuiltIn {
        private BuiltIn() {}

        static @Nullable ConstraintValidator<?, ?> of(Annotation constraint) {
            if (constraint instanceof NotNull) {
                return (ConstraintValidator<NotNull, Object>) (value, context) -> value != null;
            }
            if (constraint instanceof NotBlank) {
                return (ConstraintValidator<NotBlank, CharSequence>) (value, context) ->
                        value != null && !value.toString().trim().isEmpty();
            }
            if (constraint instanceof Positive) {
                return (ConstraintValidator<Positive, Number>) (value, context) -> value == null || signum(value) > 0;
            }
            if (constraint instanceof PositiveOrZero) {
                return (ConstraintValidator<PositiveOrZero, Number>)
                        (value, context) -> value == null || signum(value) >= 0;
            }
            return null;
        }

        private static int signum(Number value) {
            if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
                return Long.signum(value.longValue());
            }
            if (value instanceof java.math.BigDecimal decimal) {
                return decimal.signum();
            }
            if (value instanceof java.math.BigInteger integer) {
                return integer.signum();
            }
            double number = value.doubleValue();
            return number > 0 ? 1 : number < 0 ? -1 : 0;
        }
    }
}
