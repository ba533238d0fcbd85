package io.github.townhall.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Structural checks shared by the model's constructors. Not part of the API.
 *
 * <p>Business rules are not checked here: they are Bean Validation constraints, so that a record
 * with several mistakes can still be built and then reported in full.
 */
public final class Checks {
    private Checks() {}

    /**
     * Copies a list into an unmodifiable one, refusing null elements. A list this method returned
     * is returned as it is: it cannot change and holds no null, and a record copied with one
     * component changed ({@code session.withId(...)}) then shares its other lists instead of
     * copying each.
     *
     * @param list the list to copy, not null
     * @param name the name of the property, used in the message
     * @param <T> the element type
     * @return an unmodifiable copy
     * @throws NullPointerException naming the property and index of the first null element
     */
    public static <T> List<T> copy(Collection<? extends T> list, String name) {
        Objects.requireNonNull(list, name);
        if (list instanceof Frozen) {
            @SuppressWarnings("unchecked") // it cannot change: a list of a subtype serves as a list of T
            List<T> same = (List<T>) list;
            return same;
        }
        Object[] elements = list.toArray();
        if (list.getClass() != ArrayList.class) {
            // another collection's array may be its own, or not an Object[]
            elements = Arrays.copyOf(elements, elements.length, Object[].class);
        }
        for (int index = 0; index < elements.length; index++) {
            if (elements[index] == null) {
                throw new NullPointerException(name + "[" + index + "] is null");
            }
        }
        return new Frozen<>(elements);
    }

    /**
     * An unmodifiable list over an array that nobody else holds and that holds no null; every
     * method that would change it throws {@link UnsupportedOperationException}, even when there is
     * nothing to change, as {@link java.util.Collections#unmodifiableList(List)}'s do.
     */
    private static final class Frozen<T> extends AbstractList<T> implements RandomAccess {
        private final Object[] elements;

        Frozen(Object[] elements) {
            this.elements = elements;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(int index) {
            Objects.checkIndex(index, elements.length);
            return (T) elements[index];
        }

        @Override
        public int size() {
            return elements.length;
        }

        @Override
        public Object[] toArray() {
            return elements.clone();
        }

        @Override
        public boolean addAll(Collection<? extends T> other) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeAll(Collection<?> other) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean retainAll(Collection<?> other) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeIf(Predicate<? super T> filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void replaceAll(UnaryOperator<T> operator) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void sort(@Nullable Comparator<? super T> order) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clear() {
            throw new UnsupportedOperationException();
        }
    }
}
