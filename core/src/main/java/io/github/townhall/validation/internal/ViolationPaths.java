package io.github.townhall.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Turns a provider's constraint violation into townhall's path and value forms. */
public final class ViolationPaths {
    private static final int MAX_VALUE_LENGTH = 80;

    private ViolationPaths() {}

    /**
     * One node of a path: a property or bean node, maybe an element of a list or map.
     *
     * @param name the property's name, null for a bean or container-element node
     * @param inIterable whether the node is an element of a list or map
     * @param at the element's index or key
     */
    public record Node(
            @Nullable String name,
            boolean inIterable,
            @Nullable Object at) {}

    /**
     * Returns a property path in Bean Validation form without container-element nodes:
     * {@code sessions[2].schedule.end}, {@code questions[0]}.
     *
     * @param path the provider's path
     * @return the path, empty for the validated object itself
     */
    public static String path(Path path) {
        return path("", nodes(path));
    }

    /**
     * Returns a path below a base path, in the same form.
     *
     * @param base the path printed so far, possibly empty
     * @param nodes the nodes below it
     * @return the path
     */
    public static String path(String base, List<Node> nodes) {
        StringBuilder out = new StringBuilder(base);
        for (Node node : nodes) {
            if (node.inIterable()) {
                out.append('[').append(node.at() != null ? node.at() : "").append(']');
            }
            String name = node.name();
            if (name != null && !name.startsWith("<")) {
                out.append(out.length() > 0 ? "." : "").append(name);
            }
        }
        return out.toString();
    }

    private static List<Node> nodes(Path path) {
        List<Node> nodes = new ArrayList<>();
        for (Path.Node node : path) {
            nodes.add(new Node(
                    node.getName(), node.isInIterable(), node.getIndex() != null ? node.getIndex() : node.getKey()));
        }
        return nodes;
    }

    /**
     * Returns the value a violation is about: the value at its path when a class-level constraint
     * pinned its violation to a property, else the provider's invalid value.
     *
     * @param violation the violation
     * @return the value, possibly null
     */
    @SuppressWarnings("ReferenceEquality") // whether the invalid value is the leaf bean itself, not an equal one
    public static @Nullable Object value(ConstraintViolation<?> violation) {
        Object invalid = violation.getInvalidValue();
        if (invalid == null || invalid != violation.getLeafBean()) {
            return invalid;
        }
        return resolve(violation.getRootBean(), nodes(violation.getPropertyPath()), invalid);
    }

    /**
     * Follows nodes from a value: list elements and map entries, then record accessors.
     *
     * @param from where to start
     * @param nodes the nodes to follow
     * @param fallback what to return when a node cannot be followed
     * @return the value the nodes lead to, possibly null
     */
    public static @Nullable Object resolve(@Nullable Object from, List<Node> nodes, @Nullable Object fallback) {
        Object current = from;
        try {
            for (Node node : nodes) {
                if (current != null && node.inIterable()) {
                    current = current instanceof List<?> list && node.at() instanceof Integer index
                            ? list.get(index)
                            : ((Map<?, ?>) current).get(node.at());
                }
                String name = node.name();
                if (current != null && name != null && !name.startsWith("<")) {
                    current = current.getClass().getMethod(name).invoke(current);
                }
            }
            return current;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return fallback;
        }
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
