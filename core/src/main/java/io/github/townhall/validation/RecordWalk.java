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
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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

    /** Thrown when the walk meets what it leaves to the provider, which then validates it all. */
    static final class ProviderNeeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ProviderNeeded(Class<?> type) {
            super(type.getName() + " is left to the provider", null, false, false);
        }
    }

    /** Returns the violations of a record and of everything it holds with {@code @Valid}. */
    List<Violation> validate(Object record) {
        Run run = new Run();
        walk(record, SHAPES.get(record.getClass()), run);
        return run.found;
    }

    /**
     * What one validation carries along: its violations, a context its validators share, and the
     * path to the value being walked (component names, and list indexes where the name is null).
     */
    private static final class Run {
        final List<Violation> found = new ArrayList<>();
        final WalkContext context = new WalkContext();

        @Nullable
        String[] names = new String[8];

        int[] indexes = new int[8];
        int depth;

        void push(@Nullable String name, int index) {
            if (depth == names.length) {
                names = Arrays.copyOf(names, depth * 2);
                indexes = Arrays.copyOf(indexes, depth * 2);
            }
            names[depth] = name;
            indexes[depth++] = index;
        }

        String path() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                String name = names[i];
                if (name == null) {
                    out.append('[').append(indexes[i]).append(']');
                } else {
                    out.append(out.length() > 0 ? "." : "").append(name);
                }
            }
            return out.toString();
        }
    }

    private void walk(Object bean, Shape shape, Run run) {
        if (shape.parts == null) {
            throw new ProviderNeeded(bean.getClass());
        }
        for (Site site : shape.constraints) {
            check(site, bean, shape, null, run);
        }
        for (Part part : shape.parts) {
            Object value = part.read(bean);
            for (Site site : part.constraints) {
                check(site, value, shape, part, run);
            }
            if (value == null || !part.descends) {
                continue;
            }
            run.push(part.name, -1);
            if (part.cascade) {
                walk(value, part.shapes.of(value.getClass()), run);
            }
            if (part.intoElements && value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    Object element = list.get(i);
                    run.push(null, i);
                    for (Site site : part.elementConstraints) {
                        check(site, element, shape, null, run);
                    }
                    if (element != null && part.elementCascade) {
                        walk(element, part.shapes.of(element.getClass()), run);
                    }
                    run.depth--;
                }
            }
            run.depth--;
        }
    }

    /**
     * Evaluates one constraint on one value: the record itself or a list element ({@code part}
     * null), or one of the record's components.
     */
    private void check(Site site, @Nullable Object value, Shape owner, @Nullable Part part, Run run) {
        if (value == null && site.nullIsValid) {
            return;
        }
        Check check = site.check(value, checks);
        if (check.validator != null && check.validator.isValid(value, run.context.reset(check.template))) {
            return;
        }
        if (part != null) {
            run.push(part.name, -1);
        }
        report(site, check, value, owner, part, run);
        if (part != null) {
            run.depth--;
        }
    }

    private void report(Site site, Check check, @Nullable Object value, Shape owner, @Nullable Part part, Run run) {
        String path = run.path();
        String name = site.constraint.annotationType().getName();
        if (check.validator == null) {
            // A constraint without a validator here (a built-in such as Email): the provider's, on the component.
            if (part == null) {
                throw new ProviderNeeded(site.constraint.annotationType());
            }
            @SuppressWarnings("unchecked")
            Class<Object> type = (Class<Object>) owner.type;
            for (ConstraintViolation<Object> violation : provider.validateValue(type, part.name, value)) {
                if (violation.getConstraintDescriptor().getAnnotation().equals(site.constraint)) {
                    run.found.add(new Violation(path, name, violation.getMessage(), ViolationPaths.print(value)));
                }
            }
            return;
        }
        WalkContext context = run.context;
        if (context.reportsDefault) {
            run.found.add(new Violation(path, name, message(check.template, check), ViolationPaths.print(value)));
        }
        for (WalkContext.Report report : context.reports) {
            run.found.add(new Violation(
                    report.path(path),
                    name,
                    message(report.template(), check),
                    ViolationPaths.print(report.value(value))));
        }
    }

    private String message(String template, Check check) {
        return BundleMessageInterpolator.interpolate(template, messages, check.attributes);
    }

    /** A record type's class-level constraints and components (arrays: never exposed, walked hot). */
    @SuppressWarnings("ArrayRecordComponent")
    private record Shape(Class<?> type, Site[] constraints, Part @Nullable [] parts) {
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) {
                return new Shape(type, new Site[0], null);
            }
            List<Part> parts = new ArrayList<>();
            for (RecordComponent component : components) {
                Part part = Part.of(type, component);
                if (part.constraints.length > 0 || part.descends) {
                    parts.add(part); // a component without constraints is not even read
                }
            }
            return new Shape(type, sites(type.getAnnotations()), parts.toArray(new Part[0]));
        }
    }

    /**
     * One record component: its accessor, its constraints, whether to descend into it; {@code
     * intoElements} whether its list elements are checked or walked, {@code descends} whether
     * anything below the component is.
     */
    @SuppressWarnings("ArrayRecordComponent")
    private record Part(
            String name,
            Function<Object, @Nullable Object> reader,
            Site[] constraints,
            boolean cascade,
            Site[] elementConstraints,
            boolean elementCascade,
            Shapes shapes,
            boolean intoElements,
            boolean descends) {
        Part(
                String name,
                Function<Object, @Nullable Object> reader,
                Site[] constraints,
                boolean cascade,
                Site[] elementConstraints,
                boolean elementCascade,
                Shapes shapes) {
            this(
                    name,
                    reader,
                    constraints,
                    cascade,
                    elementConstraints,
                    elementCascade,
                    shapes,
                    elementCascade || elementConstraints.length > 0,
                    cascade || elementCascade || elementConstraints.length > 0);
        }

        static Part of(Class<?> type, RecordComponent component) {
            try {
                Field field = type.getDeclaredField(component.getName());
                Annotation[] element = field.getAnnotatedType() instanceof AnnotatedParameterizedType list
                                && List.class.isAssignableFrom(field.getType())
                        ? list.getAnnotatedActualTypeArguments()[0].getAnnotations()
                        : new Annotation[0];
                return new Part(
                        component.getName(),
                        reader(type, component.getAccessor()),
                        sites(field.getAnnotations()),
                        field.isAnnotationPresent(Valid.class),
                        sites(element),
                        List.of(element).stream().anyMatch(Valid.class::isInstance),
                        new Shapes());
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("record component without field: " + component, e);
            }
        }

        @Nullable
        Object read(Object bean) {
            return reader.apply(bean);
        }

        /** A function calling the accessor directly. */
        @SuppressWarnings("unchecked")
        private static Function<Object, @Nullable Object> reader(Class<?> type, Method accessor) {
            try {
                MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
                MethodHandle getter = lookup.unreflect(accessor);
                return (Function<Object, @Nullable Object>) LambdaMetafactory.metafactory(
                                lookup,
                                "apply",
                                MethodType.methodType(Function.class),
                                MethodType.methodType(Object.class, Object.class),
                                getter,
                                getter.type().wrap())
                        .getTarget()
                        .invokeExact();
            } catch (Throwable e) {
                throw new ProviderNeeded(type); // out of townhall's reach: the provider reads it
            }
        }
    }

    /** The shapes of the classes a component's values had, published whole (copy on write). */
    private static final class Shapes {
        private volatile Shape[] seen = new Shape[0];

        Shape of(Class<?> type) {
            Shape[] known = seen;
            for (Shape shape : known) {
                if (shape.type == type) {
                    return shape;
                }
            }
            Shape shape = SHAPES.get(type);
            if (known.length < 8) { // the few records of a sealed type, or a list's one
                Shape[] more = Arrays.copyOf(known, known.length + 1);
                more[known.length] = shape;
                seen = more;
            }
            return shape;
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
        private volatile Check[] known = new Check[0];
        private volatile @Nullable Check ofNull;
        /** Whether the constraint accepts null, as most do: learnt once, then null is not asked again. */
        private volatile boolean nullIsValid;

        Site(Annotation constraint) {
            this.constraint = constraint;
        }

        Check check(@Nullable Object value, Map<Key, Check> checks) {
            if (value == null) {
                Check check = ofNull;
                if (check == null) {
                    ofNull = check = checks.computeIfAbsent(new Key(constraint, Void.class), Check::of);
                    nullIsValid = check.validator != null
                            && check.validator.isValid(null, new WalkContext().reset(check.template));
                }
                return check;
            }
            Class<?> type = value.getClass();
            Check[] seen = known;
            for (Check check : seen) {
                if (check.valueType == type) {
                    return check;
                }
            }
            Check check = checks.computeIfAbsent(new Key(constraint, type), Check::of);
            if (seen.length < 8) { // a component's few classes: the records of a sealed type
                Check[] more = Arrays.copyOf(seen, seen.length + 1);
                more[seen.length] = check;
                known = more;
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

        /**
         * The class of value a validator takes: the second type argument of its {@code
         * ConstraintValidator}, declared by the validator or by a generic superclass such as
         * {@code PropertyRule}.
         */
        private static Class<?> target(Class<?> validator) {
            if (validatedType(validator) instanceof Class<?> target) {
                return target;
            }
            if (validator.getGenericSuperclass() instanceof ParameterizedType parent
                    && parent.getRawType() instanceof Class<?> base
                    && validatedType(base) instanceof TypeVariable<?> variable) {
                int index = List.of(base.getTypeParameters()).indexOf(variable);
                if (index >= 0 && parent.getActualTypeArguments()[index] instanceof Class<?> target) {
                    return target;
                }
            }
            Class<?> parent = validator.getSuperclass();
            return parent == null ? Object.class : target(parent);
        }

        /** The second type argument a class gives {@code ConstraintValidator} among its own interfaces. */
        private static @Nullable Type validatedType(Class<?> type) {
            for (Type candidate : type.getGenericInterfaces()) {
                if (candidate instanceof ParameterizedType parameterized
                        && parameterized.getRawType() == ConstraintValidator.class) {
                    return parameterized.getActualTypeArguments()[1];
                }
            }
            return null;
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
