package io.github.townhall.internal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Structural checks shared by the model's constructors. Not part of the API.
 *
 * <p>Business rules are not checked here: they are Bean Validation constraints, so that a record
 * with several mistakes can still be built and then reported in full.
 */
public final class Checks {
    private Checks() {}

    /**
     * Copies a list into an unmodifiable one, refusing null elements. The copy is {@link
     * List#copyOf}'s: an empty list is the shared empty one, a list of one or two elements holds
     * them in its own fields, and an already unmodifiable copy is kept as it is, so that a walk over
     * a record's lists reads few objects.
     *
     * @param list the list to copy, not null
     * @param name the name of the property, used in the message
     * @param <T> the element type
     * @return an unmodifiable copy
     * @throws NullPointerException naming the property and index of the first null element
     */
    public static <T> List<T> copy(Collection<? extends T> list, String name) {
        Objects.requireNonNull(list, name);
        try {
            return List.copyOf(list); // refuses a null element, and returns an unmodifiable copy as it is
        } catch (NullPointerException e) {
            int index = 0;
            for (T element : list) {
                if (element == null) {
                    throw new NullPointerException(name + "[" + index + "] is null");
                }
                index++;
            }
            throw e;
        }
    }
}
