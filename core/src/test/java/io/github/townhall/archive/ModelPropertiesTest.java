package io.github.townhall.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.townhall.cycle.Cycle;
import io.github.townhall.deliberation.Decision;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.people.Person;
import io.github.townhall.place.Venue;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionBuilder;
import io.github.townhall.testing.Samples;
import io.github.townhall.text.Text;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties every model type keeps over hundreds of generated archives: copies keep the other
 * fields, equal values have equal hash codes, exposed collections are unmodifiable.
 */
class ModelPropertiesTest {
    private static final int SAMPLES = 300;

    /** Methods that compute from other properties rather than hold one. */
    private static final Set<String> DERIVED = Set.of(
            "toBuilder",
            "hashCode",
            "toString",
            "label",
            "guidingQuestion",
            "isPhysical",
            "isOnline",
            "isHybrid",
            "withoutPersonalData",
            "withoutAttendeeNames",
            "openActionItems",
            "takingPart");

    private static List<Archive> archives;

    @BeforeAll
    static void generate() {
        archives = Samples.archives(Samples.seed(), SAMPLES);
    }

    /** Every value of one type reachable from the samples, with a getter to reach them. */
    static Stream<Arguments> types() {
        return Stream.of(
                Arguments.of(Archive.class, (Function<Archive, List<?>>) List::of),
                Arguments.of(Organisation.class, (Function<Archive, List<?>>) a -> List.of(a.organisation())),
                Arguments.of(Cycle.class, (Function<Archive, List<?>>) Archive::cycles),
                Arguments.of(Session.class, (Function<Archive, List<?>>) Archive::sessions),
                Arguments.of(Venue.class, (Function<Archive, List<?>>) a -> a.sessions().stream()
                        .map(Session::venue)
                        .filter(Objects::nonNull)
                        .toList()),
                Arguments.of(Person.class, (Function<Archive, List<?>>) a -> a.sessions().stream()
                        .flatMap(s -> s.speakers().stream())
                        .map(speaker -> speaker.person())
                        .toList()),
                Arguments.of(Decision.class, (Function<Archive, List<?>>) a -> a.sessions().stream()
                        .flatMap(s -> s.decisions().stream())
                        .toList()));
    }

    private static List<Object> valuesOf(Function<Archive, List<?>> getter) {
        List<Object> values = new ArrayList<>();
        archives.forEach(archive -> values.addAll(getter.apply(archive)));
        return values;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void copyThroughBuilderIsEqualWithEqualHashCode(Class<?> type, Function<Archive, List<?>> getter) throws Exception {
        List<Object> values = valuesOf(getter);
        assertTrue(values.size() > 20, "too few samples of " + type.getSimpleName() + ": " + values.size());
        Method with = type.getMethod("with");
        for (Object value : values) {
            Object builder = with.invoke(value);
            Object copy = builder.getClass().getMethod("build").invoke(builder);
            assertNotSame(value, copy);
            assertEquals(value, copy);
            assertEquals(value.hashCode(), copy.hashCode());
            assertEquals(value.toString(), copy.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void everyWithMethodChangesItsPropertyAndKeepsTheOthers(Class<?> type, Function<Archive, List<?>> getter)
            throws Exception {
        List<Object> values = valuesOf(getter);
        List<Method> accessors = accessors(type);
        int checked = 0;
        for (Method with : type.getMethods()) {
            if (!with.getName().startsWith("with")
                    || with.getName().length() == 4
                    || with.getParameterCount() != 1
                    || Modifier.isStatic(with.getModifiers())) {
                continue;
            }
            String property = Character.toLowerCase(with.getName().charAt(4))
                    + with.getName().substring(5);
            Method accessor = type.getMethod(property);
            for (int i = 0; i + 1 < values.size(); i++) {
                Object sample = values.get(i);
                Object donor = values.get(values.size() - 1 - i);
                Object newValue = accessor.invoke(donor);
                if (newValue == null) {
                    continue;
                }
                Object copy = with.invoke(sample, newValue);
                assertEquals(newValue, accessor.invoke(copy), type.getSimpleName() + "." + with.getName());
                for (Method other : accessors) {
                    if (!other.equals(accessor)) {
                        assertEquals(
                                other.invoke(sample),
                                other.invoke(copy),
                                with.getName() + " changed " + other.getName());
                    }
                }
                checked++;
            }
        }
        assertTrue(checked > 0, "no with method checked on " + type.getSimpleName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void differentValuesAreNotEqual(Class<?> type, Function<Archive, List<?>> getter) {
        List<Object> values = valuesOf(getter);
        long distinct = values.stream().distinct().count();
        assertTrue(distinct > 1, "all samples of " + type.getSimpleName() + " are equal");
        Object first = values.get(0);
        values.stream().filter(v -> !v.equals(first)).findFirst().ifPresent(other -> assertNotEquals(first, other));
    }

    @Test
    void everyExposedCollectionIsUnmodifiable() throws Exception {
        Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        int[] collections = {0};
        for (Archive archive : archives) {
            walk(archive, seen, collections);
        }
        assertTrue(collections[0] > 1000, "only " + collections[0] + " collections reached");
    }

    @Test
    void aBuilderUsedAfterBuildDoesNotChangeWhatItBuilt() {
        Session session = archives.get(0).sessions().get(0);
        SessionBuilder builder = session.with();
        Session built = builder.build();
        builder.addQuestions(Text.fr("Une question de plus ?"));
        assertEquals(session.questions(), built.questions());
        assertEquals(session.questions().size() + 1, builder.build().questions().size());
    }

    private static void walk(Object value, Set<Object> seen, int[] collections) throws Exception {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            collections[0]++;
            assertThrows(
                    UnsupportedOperationException.class,
                    () -> ((Collection<Object>) collection).add(null),
                    "modifiable: " + collection);
            for (Object element : collection) {
                walk(element, seen, collections);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            collections[0]++;
            assertThrows(
                    UnsupportedOperationException.class,
                    () -> ((Map<Object, Object>) map).clear(),
                    "modifiable: " + map);
            return;
        }
        if (!value.getClass().getName().startsWith("io.github.townhall.")
                || value.getClass().isEnum()) {
            return;
        }
        for (Method accessor : accessors(value.getClass())) {
            try {
                walk(accessor.invoke(value), seen, collections);
            } catch (InvocationTargetException e) {
                fail(accessor + " threw " + e.getCause());
            }
        }
    }

    private static List<Method> accessors(Class<?> type) {
        List<Method> accessors = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0
                    && !Modifier.isStatic(method.getModifiers())
                    && method.getDeclaringClass() == type
                    && method.getReturnType() != void.class
                    && !DERIVED.contains(method.getName())) {
                accessors.add(method);
            }
        }
        return accessors;
    }
}
