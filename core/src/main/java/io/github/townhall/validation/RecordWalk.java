package io.github.townhall.validation;

import io.github.townhall.validation.internal.BundleMessageInterpolator;
import io.github.townhall.validation.internal.ViolationPaths;
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
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Validates a graph of records against the Jakarta constraints declared on them, in one walk: the
 * annotations a provider reads (class-level constraints, constraints on record components and on
 * their list elements, {@code @Valid} to descend), evaluated by the constraints' own validators,
 * reported with the paths, messages and values the provider gives. A provider spends most of a
 * record's validation on per-object contexts, path nodes and cycle bookkeeping, which records
 * (immutable, so without cycles) do not need.
 *
 * <p>{@code NotNull}, {@code NotBlank}, {@code Positive} and {@code PositiveOrZero} are evaluated
 * as the provider does; other built-in constraints are handed to the provider with {@link
 * Validator#validateValue}. Thread-safe.
 */
final class RecordWalk {
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private final Validator provider;
    private final Map<String, String> messages;
    private final Map<Key, Check> checks = new ConcurrentHashMap<>();

    RecordWalk(Validator provider, Map<String, String> messages) {
        this.provider = provider;
        this.messages = messages;
    }

    /** Thrown when {@code @Valid} leads to an object that is not a record: the provider takes over. */
    static final class NotARecordException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotARecordException(Class<?> type) {
            super(type.getName() + " is not a record", null, false, false);
        }
    }

    /** Returns the violations of a record and of everything it holds with {@code @Valid}. */
    List<Violation> validate(Object record) {
        List<Violation> found = new ArrayList<>();
        walk(record, null, found);
        return found;
    }

    private void walk(Object bean, @Nullable Where where, List<Violation> found) {
        if (!bean.getClass().isRecord()) {
            throw new NotARecordException(bean.getClass());
        }
        Shape shape = SHAPES.get(bean.getClass());
        for (Site site : shape.constraints) {
            check(site, bean, bean.getClass(), null, where, found);
        }
        for (Part part : shape.parts) {
            Object value = part.read(bean);
            Where at = new Where(where, part.name, -1);
            for (Site site : part.constraints) {
                check(site, value, bean.getClass(), part.name, at, found);
            }
            if (value != null && part.cascade) {
                walk(value, at, found);
            }
            if (value instanceof List<?> list && (part.elementCascade || part.elementConstraints.length > 0)) {
                for (int i = 0; i < list.size(); i++) {
                    Object element = list.get(i);
                    Where elementAt = new Where(at, null, i);
                    for (Site site : part.elementConstraints) {
                        check(site, element, bean.getClass(), null, elementAt, found);
                    }
                    if (element != null && part.elementCascade) {
                        walk(element, elementAt, found);
                    }
                }
            }
        }
    }

    /** Evaluates one constraint on one value; {@code component} names a record component's value. */
    private void check(
            Site site,
            @Nullable Object value,
            Class<?> owner,
            @Nullable String component,
            @Nullable Where where,
            List<Violation> found) {
        Check check = site.check(value == null ? Void.class : value.getClass(), checks);
        String name = site.constraint.annotationType().getName();
        if (check.validator == null) {
            if (component == null) {
                throw new NotARecordException(site.constraint.annotationType());
            }
            @SuppressWarnings("unchecked")
            Class<Object> type = (Class<Object>) owner;
            for (ConstraintViolation<Object> violation : provider.validateValue(type, component, value)) {
                if (violation.getConstraintDescriptor().getAnnotation().equals(site.constraint)) {
                    found.add(new Violation(
                            Where.print(where), name, violation.getMessage(), ViolationPaths.print(value)));
                }
            }
            return;
        }
        WalkContext context = new WalkContext(check.template);
        if (check.validator.isValid(value, context)) {
            return;
        }
        String path = Where.print(where);
        if (context.reportsDefault()) {
            found.add(new Violation(path, name, message(check.template, check), ViolationPaths.print(value)));
        }
        for (WalkContext.Report report : context.reports()) {
            found.add(new Violation(
                    report.path(path),
                    name,
                    message(report.template(), check),
                    ViolationPaths.print(report.value(value))));
        }
    }

    private String message(String template, Check check) {
        return BundleMessageInterpolator.interpolate(template, messages, check.attributes);
    }

    /** Where a value sits: a component of its parent, or an element of its parent list. */
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

    /** A record type's class-level constraints and components (arrays: never exposed, walked hot). */
    @SuppressWarnings("ArrayRecordComponent")
    private record Shape(Site[] constraints, Part[] parts) {
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Part[] parts = new Part[components == null ? 0 : components.length];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = Part.of(type, components[i]);
            }
            return new Shape(sites(type.getAnnotations()), parts);
        }
    }

    /** One record component: its accessor, its constraints, whether to descend into it. */
    @SuppressWarnings("ArrayRecordComponent")
    private record Part(
            String name,
            Method accessor,
            Site[] constraints,
            boolean cascade,
            Site[] elementConstraints,
            boolean elementCascade) {
        static Part of(Class<?> type, RecordComponent component) {
            try {
                Field field = type.getDeclaredField(component.getName());
                Annotation[] element = field.getAnnotatedType() instanceof AnnotatedParameterizedType list
                                && List.class.isAssignableFrom(field.getType())
                        ? list.getAnnotatedActualTypeArguments()[0].getAnnotations()
                        : new Annotation[0];
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                return new Part(
                        component.getName(),
                        accessor,
                        sites(field.getAnnotations()),
                        field.isAnnotationPresent(Valid.class),
                        sites(element),
                        List.of(element).stream().anyMatch(Valid.class::isInstance));
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("record component without field: " + component, e);
            }
        }

        @Nullable
        Object read(Object bean) {
            try {
                return accessor.invoke(bean);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + accessor, e);
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
     * A declared constraint, remembering its check for the last class of value it saw: a
     * component's values are nearly always of one class.
     */
    private static final class Site {
        private final Annotation constraint;
        private volatile @Nullable Check last;

        Site(Annotation constraint) {
            this.constraint = constraint;
        }

        Check check(Class<?> valueType, Map<Key, Check> checks) {
            Check check = last;
            if (check == null || check.valueType != valueType) {
                check = checks.computeIfAbsent(new Key(constraint, valueType), Check::of);
                last = check;
            }
            return check;
        }
    }

    private record Key(Annotation constraint, Class<?> valueType) {}

    /** A constraint's validator for one class of value (null: the provider's), message, attributes. */
    private record Check(
            Class<?> valueType,
            @Nullable ConstraintValidator<Annotation, @Nullable Object> validator,
            String template,
            Map<String, @Nullable Object> attributes) {
        static Check of(Key key) {
            Map<String, @Nullable Object> attributes = new HashMap<>();
            for (Method method : key.constraint().annotationType().getDeclaredMethods()) {
                try {
                    attributes.put(method.getName(), method.invoke(key.constraint()));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + method, e);
                }
            }
            return new Check(
                    key.valueType(),
                    validator(key.constraint(), key.valueType()),
                    String.valueOf(attributes.get("message")),
                    attributes);
        }

        /** The validator for a class of value: a null value takes the first, as every one accepts null. */
        @SuppressWarnings("unchecked")
        private static @Nullable ConstraintValidator<Annotation, @Nullable Object> validator(
                Annotation constraint, Class<?> valueType) {
            ConstraintValidator<?, ?> builtIn = builtIn(constraint);
            if (builtIn != null) {
                return (ConstraintValidator<Annotation, @Nullable Object>) builtIn;
            }
            for (Class<?> candidate :
                    constraint.annotationType().getAnnotation(Constraint.class).validatedBy()) {
                if (valueType == Void.class || target(candidate).isAssignableFrom(valueType)) {
                    try {
                        var validator = (ConstraintValidator<Annotation, @Nullable Object>)
                                candidate.getConstructor().newInstance();
                        validator.initialize(constraint);
                        return validator;
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot create " + candidate.getName(), e);
                    }
                }
            }
            return null;
        }

        private static Class<?> target(Class<?> validator) {
            for (Type type : validator.getGenericInterfaces()) {
                if (type instanceof ParameterizedType parameterized
                        && parameterized.getRawType() == ConstraintValidator.class
                        && parameterized.getActualTypeArguments()[1] instanceof Class<?> target) {
                    return target;
                }
            }
            return Object.class;
        }
    }

    /** The built-in constraints evaluated here, as Hibernate Validator does. */
    private static @Nullable ConstraintValidator<?, ?> builtIn(Annotation constraint) {
        if (constraint instanceof NotNull) {
            return (ConstraintValidator<NotNull, @Nullable Object>) (value, context) -> value != null;
        } else if (constraint instanceof NotBlank) {
            return (ConstraintValidator<NotBlank, @Nullable CharSequence>) (value, context) ->
                    value != null && !value.toString().trim().isEmpty();
        } else if (constraint instanceof Positive) {
            return (ConstraintValidator<Positive, @Nullable Number>)
                    (value, context) -> value == null || signum(value) > 0;
        } else if (constraint instanceof PositiveOrZero) {
            return (ConstraintValidator<PositiveOrZero, @Nullable Number>)
                    (value, context) -> value == null || signum(value) >= 0;
        }
        return null;
    }

    private static int signum(Number value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.signum();
        } else if (value instanceof BigInteger integer) {
            return integer.signum();
        } else if (value instanceof Double || value instanceof Float) {
            return (int) Math.signum(value.doubleValue());
        }
        return Long.signum(value.longValue());
    }
}
