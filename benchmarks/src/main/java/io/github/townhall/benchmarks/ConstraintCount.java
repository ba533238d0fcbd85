package io.github.townhall.benchmarks;

import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts the constraints a validator checks on one object graph: class-level and property
 * constraints of every bean reached through cascaded properties (lists, optionals and maps
 * included). Used to give the baseline bean as many constraints as townhall checks.
 */
final class ConstraintCount {
    private final Validator validator;
    private final Map<Object, Boolean> seen = new IdentityHashMap<>();

    private ConstraintCount(Validator validator) {
        this.validator = validator;
    }

    static int of(Validator validator, Object root) {
        return new ConstraintCount(validator).count(root);
    }

    private int count(Object bean) {
        if (bean == null || seen.put(bean, Boolean.TRUE) != null) {
            return 0;
        }
        BeanDescriptor descriptor = validator.getConstraintsForClass(bean.getClass());
        int total = descriptor.getConstraintDescriptors().size();
        for (PropertyDescriptor property : descriptor.getConstrainedProperties()) {
            total += property.getConstraintDescriptors().size();
            Object value = read(bean, property.getPropertyName());
            for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                int each = element.getConstraintDescriptors().size();
                total += each * size(value);
                if (element.isCascaded()) {
                    total += cascade(value);
                }
            }
            if (property.isCascaded()) {
                total += cascade(value);
            }
        }
        return total;
    }

    private int cascade(Object value) {
        if (value instanceof Collection<?> collection) {
            int total = 0;
            for (Object element : collection) {
                total += count(element);
            }
            return total;
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(this::count).orElse(0);
        }
        if (value instanceof Map<?, ?> map) {
            return cascade(map.values());
        }
        return count(value);
    }

    private static int size(Object value) {
        if (value instanceof Collection<?> collection) {
            return collection.size();
        }
        if (value instanceof Optional<?> optional) {
            return optional.isPresent() ? 1 : 0;
        }
        if (value instanceof Map<?, ?> map) {
            return map.size();
        }
        return value == null ? 0 : 1;
    }

    private static Object read(Object bean, String name) {
        try {
            if (bean.getClass().isRecord()) {
                for (RecordComponent component : bean.getClass().getRecordComponents()) {
                    if (component.getName().equals(name)) {
                        component.getAccessor().setAccessible(true);
                        return component.getAccessor().invoke(bean);
                    }
                }
            }
            for (Class<?> type = bean.getClass(); type != null; type = type.getSuperclass()) {
                try {
                    var field = type.getDeclaredField(name);
                    field.setAccessible(true);
                    return field.get(bean);
                } catch (NoSuchFieldException e) {
                    // look in the superclass
                }
            }
            Method getter = bean.getClass().getMethod(name);
            return getter.invoke(bean);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
