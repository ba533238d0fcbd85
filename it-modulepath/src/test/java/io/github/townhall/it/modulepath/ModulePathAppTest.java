package io.github.townhall.it.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link ModulePathApp}, which Maven compiled on the module path, in a JVM of its own: with
 * {@code java --module-path}, then as a {@code jlink} image of its modules. Every module of its
 * closure is explicit (the application prints them and this test checks it), so jlink can link it.
 */
class ModulePathAppTest {
    private static final String MODULE = "io.github.townhall.it.modulepath";
    private static final String MAIN = MODULE + "/" + ModulePathApp.class.getName();

    /** The modules the application runs with besides the JDK's: ours and the whole closure, explicit. */
    private static final String MODULES = "modules: com.fasterxml.classmate, com.fasterxml.jackson.annotation,"
            + " ical4j.core, io.github.townhall.core, io.github.townhall.ical, io.github.townhall.it.modulepath,"
            + " io.github.townhall.json, jakarta.validation, org.apache.commons.codec, org.apache.commons.lang3,"
            + " org.hibernate.validator, org.jboss.logging, org.slf4j, org.slf4j.nop, org.threeten.extra,"
            + " tools.jackson.core, tools.jackson.databind";

    private static final List<String> EXPECTED = List.of(
            "application module: " + MODULE,
            MODULES,
            "validation provider: org.hibernate.validator.HibernateValidator in module org.hibernate.validator",
            "validation: the archive is valid: true; with a broken e-mail address: 1 problem",
            "  organisation.email : doit être une adresse électronique bien formée, comme contact@example.org"
                    + " (mairie-at-example.org)",
            "feed written: 2 events, ",
            "feed read back: Budget participatif : les idées, Budget participatif : le vote",
            "calendar read: 3 sessions in 1 cycle, 0 issues: 2026-03-02T18:30+01:00, 2026-03-16T18:30+01:00,"
                    + " 2026-03-23T18:30+01:00",
            "jackson modules found: townhall (io.github.townhall.json)",
            "json round trip: ",
            "all steps done");

    @Test
    void runsOnTheModulePath() throws Exception {
        String modulePath = System.getProperty("it.classes") + java.io.File.pathSeparator + dependencies();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> lines = run(List.of(java.toString(), "--module-path", modulePath, "--module", MAIN));
        assertWhatItDid(lines);
    }

    @Test
    void runsAsAJlinkImage() throws Exception {
        Path work = Files.createDirectories(Path.of(System.getProperty("it.work")));
        Path image = work.resolve("image");
        delete(image);
        ToolProvider jlink = ToolProvider.findFirst("jlink").orElseThrow();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (PrintWriter logWriter = new PrintWriter(log, true, StandardCharsets.UTF_8)) {
            int status = jlink.run(
                    logWriter,
                    logWriter,
                    "--module-path",
                    System.getProperty("it.classes") + java.io.File.pathSeparator + dependencies(),
                    // jlink binds no service and links no module required `static`: named here are the
                    // providers found at run time (Hibernate Validator, SLF4J's), java.logging (JBoss
                    // Logging, Hibernate Validator's logger, requires it static and logs to it) and the
                    // JDK's French locale data (the feed's price).
                    "--add-modules",
                    MODULE + ",org.hibernate.validator,org.slf4j.nop,java.logging,jdk.localedata",
                    "--include-locales",
                    "en,fr",
                    "--strip-debug",
                    "--no-header-files",
                    "--no-man-pages",
                    "--output",
                    image.toString());
            logWriter.flush();
            assertEquals(0, status, "jlink failed: " + log.toString(StandardCharsets.UTF_8));
        }
        String launcher = System.getProperty("os.name").startsWith("Windows") ? "java.exe" : "java";
        List<String> lines = run(List.of(image.resolve("bin").resolve(launcher).toString(), "--module", MAIN));
        assertWhatItDid(lines);
    }

    private static void assertWhatItDid(List<String> lines) {
        assertEquals(EXPECTED.size(), lines.size(), () -> "the application printed:\n" + String.join("\n", lines));
        for (int i = 0; i < EXPECTED.size(); i++) {
            String expected = EXPECTED.get(i);
            String line = lines.get(i);
            if (expected.endsWith(": ") || expected.endsWith(", ")) {
                assertTrue(
                        line.startsWith(expected), () -> "expected a line starting with '" + expected + "': " + line);
            } else {
                assertEquals(expected, line);
            }
        }
        String feed = lines.get(5);
        assertTrue(feed.contains("SUMMARY;LANGUAGE=fr:Budget participatif : les idées"), feed);
        assertTrue(feed.contains("DTSTART;TZID=Europe/Paris:20260302T183000"), feed);
        // The price in French (decimal comma, escaped in iCalendar; a no-break space before the sign).
        assertTrue(
                Pattern.compile("DESCRIPTION;LANGUAGE=fr:Entrée\\h:\\h2\\\\,50\\h€")
                        .matcher(feed)
                        .find(),
                feed);
        assertTrue(lines.get(9).endsWith(" bytes, equal: true"), lines.get(9));
    }

    /** Runs a command, prints and returns its output lines, and checks that it exits with 0. */
    private static List<String> run(List<String> command) throws IOException, InterruptedException {
        Path errors = Files.createTempFile("module-path-app", ".err");
        try {
            Process process =
                    new ProcessBuilder(command).redirectError(errors.toFile()).start();
            byte[] output = process.getInputStream().readAllBytes();
            assertTrue(process.waitFor(2, TimeUnit.MINUTES), "still running: " + command);
            String text = new String(output, StandardCharsets.UTF_8);
            String err = Files.readString(errors, StandardCharsets.UTF_8);
            System.out.println("$ " + String.join(" ", command) + "\n" + text + err);
            assertEquals(0, process.exitValue(), () -> "exit status of " + command + ":\n" + text + err);
            // Hibernate Validator says its version through JBoss Logging; nothing else may go wrong.
            for (String word : List.of("Exception", "Error", "WARN", "SEVERE", "SLF4J")) {
                assertFalse(err.contains(word), () -> "standard error says " + word + ":\n" + err);
            }
            return text.lines().toList();
        } finally {
            Files.delete(errors);
        }
    }

    private static String dependencies() throws IOException {
        return Files.readString(Path.of(System.getProperty("it.modulePathFile")))
                .strip();
    }

    private static void delete(Path tree) throws IOException {
        if (Files.exists(tree)) {
            try (Stream<Path> paths = Files.walk(tree)) {
                List<Path> all =
                        new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
                for (Path path : all) {
                    Files.delete(path);
                }
            }
        }
    }
}
