package io.github.townhall.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.archive.UniqueOrdinals;
import io.github.townhall.schedule.EndAfterStart;
import io.github.townhall.validation.internal.BundleMessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both bundles hold the same keys, and every constraint used on the model has its messages. */
class MessagesTest {
    private static ValidatorFactory factory;

    @BeforeAll
    static void open() {
        factory = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new BundleMessageInterpolator(java.util.Locale.ENGLISH))
                .buildValidatorFactory();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void englishAndFrenchHaveTheSameKeys() {
        Map<String, String> english = BundleMessageInterpolator.file("");
        Map<String, String> french = BundleMessageInterpolator.file("_fr");
        assertFalse(english.isEmpty());
        assertEquals(new TreeSet<>(english.keySet()), new TreeSet<>(french.keySet()));
    }

    @Test
    void noExpressionLanguageInMessages() {
        for (String suffix : new String[] {"", "_fr"}) {
            BundleMessageInterpolator.file(suffix).forEach((key, message) -> {
                assertFalse(message.contains("${"), key);
                assertFalse(message.isBlank(), key);
                assertTrue(key.endsWith(".message"), key);
            });
        }
    }

    @Test
    void everyConstraintOfTheModelHasAMessageInEachLanguage() throws IOException, URISyntaxException {
        Set<String> used = constraintsOfTheModel();
        assertTrue(used.contains(EndAfterStart.class.getName()), used::toString);
        assertTrue(used.contains(UniqueOrdinals.class.getName()), used::toString);
        assertTrue(used.contains("jakarta.validation.constraints.NotBlank"), used::toString);
        Map<String, String> english = BundleMessageInterpolator.file("");
        Map<String, String> french = BundleMessageInterpolator.file("_fr");
        for (String constraint : used) {
            String key = constraint + ".message";
            assertTrue(english.containsKey(key), "English message missing: " + key);
            assertTrue(french.containsKey(key), "French message missing: " + key);
            assertNotEquals(english.get(key), french.get(key), "not translated: " + key);
        }
    }

    @Test
    void everyConstraintOfThisPackageIsUsedAndUsesItsOwnKey() throws IOException, URISyntaxException {
        Set<String> used = constraintsOfTheModel();
        Set<String> ours = new TreeSet<>();
        for (String key : BundleMessageInterpolator.file("").keySet()) {
            if (key.startsWith("io.github.townhall.")) {
                ours.add(key.substring(0, key.length() - ".message".length()));
            }
        }
        for (String constraint : ours) {
            assertTrue(used.contains(constraint), "unused constraint " + constraint);
        }
    }

    /** Every constraint annotation on the classes of the model, found through the provider's metadata. */
    static Set<String> constraintsOfTheModel() throws IOException, URISyntaxException {
        Validator validator = factory.getValidator();
        Path root = Path.of(Archive.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root.resolve("io/github/townhall"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (!relative.endsWith(".class")
                        || relative.contains("/validation/")
                        || relative.contains("/internal/")
                        || relative.endsWith("package-info.class")
                        || relative.endsWith("module-info.class")) {
                    continue;
                }
                Class<?> type;
                try {
                    type = Class.forName(
                            relative.substring(0, relative.length() - 6).replace('/', '.'));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
                if (type.isInterface() || type.isEnum() || type.isAnnotation()) {
                    continue;
                }
                BeanDescriptor bean = validator.getConstraintsForClass(type);
                add(names, bean.getConstraintDescriptors());
                for (PropertyDescriptor property : bean.getConstrainedProperties()) {
                    add(names, property.getConstraintDescriptors());
                    for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                        add(names, element.getConstraintDescriptors());
                    }
                }
            }
        }
        return names;
    }

    private static void add(Set<String> names, Set<ConstraintDescriptor<?>> descriptors) {
        for (ConstraintDescriptor<?> descriptor : descriptors) {
            names.add(descriptor.getAnnotation().annotationType().getName());
            String template = descriptor.getMessageTemplate();
            assertEquals("{" + descriptor.getAnnotation().annotationType().getName() + ".message}", template);
        }
    }
}
