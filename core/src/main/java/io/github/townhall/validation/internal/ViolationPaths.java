package io.github.townhall.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Turns a provider's constraint violation into townhall's path and value forms. */
public final class ViolationPaths {
    private static final int MAX_VALUE_LENGTH = 80;

    private ViolationPaths() {}

    /**
     * Returns a property path in Bean Validation form without container-element nodes:
     * {@code sessions[2].schedule.end}, {@code questions[0]}.
     *
     * @param path the provider's path
     * @return the path, empty for the validated object itself
     */
    public static String path(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                out.append('[').append(at != null ? at : "").append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(name);
            }
        }
        return out.toString();
    }

    /**
     * Returns the value a violation is about: the value at its path when a class-level constraint
     * pinned its violation to a property, else the provider's invalid value.
     *
     * @param violation the violation
     * @return the value, possibly null
     */
    public static @Nullable Object value(ConstraintViolation<?> violation) {
        Object invalid = violation.getInvalidValue();
        if (invalid == null || invalid != violation.getLeafBean()) {
            return invalid;
        }
        try {
            Object current = violation.getRootBean();
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.isInIterable()) {
                    current = element(current, node);
                }
                String name = node.getName();
                if (name != null && !name.startsWith("<") && current != null) {
                    current = property(current, name);
                }
            }
            return current;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return invalid;
        }
    }

    private static @Nullable Object element(@Nullable Object container, Path.Node node) {
        if (container instanceof List<?> list && node.getIndex() != null) {
            return list.get(node.getIndex());
        }
        if (container instanceof Map<?, ?> map) {
            return map.get(node.getKey());
        }
        throw new IllegalStateException("not a container");
    }

    private static @Nullable Object property(Object bean, String name)
            throws IllegalAccessException, InvocationTargetException, NoSuchMethodException {
        Method accessor = bean.getClass().getMethod(name);
        Object value = accessor.invoke(bean);
        return value;
    }

    /**
     * Prints a value on one line, control characters escaped, shortened to 80 characters.
     *
     * @param value the value, possibly null
     * @return the printed value, {@code "null"} for null
     */
    public static String print(@Nullable Object value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
            if (out.length() > MAX_VALUE_LENGTH) {
                return out.substring(0, MAX_VALUE_LENGTH - 1) + "…";
            }
        }
        return out.toString();
    }
}
