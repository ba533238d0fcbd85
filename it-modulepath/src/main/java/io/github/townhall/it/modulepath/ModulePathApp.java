package io.github.townhall.it.modulepath;

import io.github.townhall.archive.Archive;
import io.github.townhall.ical.IcalImport;
import io.github.townhall.ical.IcalOptions;
import io.github.townhall.ical.IcalReader;
import io.github.townhall.ical.IcalWriter;
import io.github.townhall.json.TownhallJacksonModule;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.session.Admission;
import io.github.townhall.session.PracticalDetails;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionFormat;
import io.github.townhall.session.SessionId;
import io.github.townhall.text.Text;
import io.github.townhall.validation.RecordValidator;
import io.github.townhall.validation.ValidationReport;
import io.github.townhall.validation.Violation;
import jakarta.validation.spi.ValidationProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.module.ModuleDescriptor;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uses townhall from the module path and prints what it did, one fact a line, in UTF-8: the
 * modules it runs with, a validation in French by the provider found on the module path, a feed
 * written, a calendar read, and a JSON round trip through a mapper that found townhall's Jackson
 * module by itself. Exits with status 1 if a step does not give what it should.
 */
public final class ModulePathApp {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final OrganisationId MAIRIE = OrganisationId.of("mairie");

    /** A calendar as another application writes it: a weekly series of three, one date removed. */
    static final String CALENDAR = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//Example//Agenda//FR\r
            BEGIN:VEVENT\r
            UID:ateliers-2026@example.org\r
            DTSTAMP:20260101T000000Z\r
            DTSTART;TZID=Europe/Paris:20260302T183000\r
            DTEND;TZID=Europe/Paris:20260302T200000\r
            RRULE:FREQ=WEEKLY;COUNT=4\r
            EXDATE;TZID=Europe/Paris:20260309T183000\r
            SUMMARY:Atelier budget participatif\r
            LOCATION:Maison des associations\r
            END:VEVENT\r
            END:VCALENDAR\r
            """;

    private ModulePathApp() {}

    /**
     * Runs the application.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        List<String> failures = new ArrayList<>();
        run(out, failures);
        out.flush();
        if (!failures.isEmpty()) {
            System.err.println("module-path application: " + String.join("; ", failures));
            System.exit(1);
        }
    }

    private static void run(PrintStream out, List<String> failures) {
        Module self = ModulePathApp.class.getModule();
        out.println("application module: " + self.getName());
        out.println("modules: " + libraries(self.getLayer()));

        // 1. Validation, by the provider jakarta.validation finds on the module path.
        for (ValidationProvider<?> provider : ServiceLoader.load(ValidationProvider.class)) {
            out.println("validation provider: " + provider.getClass().getName() + " in module "
                    + provider.getClass().getModule().getName());
        }
        Archive archive = archive();
        Archive broken = archive.withOrganisation(archive.organisation().withEmail("mairie-at-example.org"));
        RecordValidator validator = RecordValidator.create(Locale.FRENCH);
        ValidationReport valid = validator.validate(archive);
        ValidationReport report = validator.validate(broken);
        out.println("validation: the archive is valid: " + valid.isValid() + "; with a broken e-mail address: "
                + report.violations().size() + " problem");
        for (Violation violation : report.violations()) {
            out.println("  " + violation.path() + " : " + violation.message() + " (" + violation.invalidValue() + ")");
        }
        check(valid.isValid() && report.violations().size() == 1, "validation", failures);

        // 2. A feed.
        IcalWriter writer = IcalWriter.of(IcalOptions.builder("mairie.example.org")
                .language(Locale.FRENCH)
                .clock(Clock.fixed(Instant.parse("2026-02-01T09:00:00Z"), ZoneOffset.UTC))
                .build());
        ByteArrayOutputStream feed = new ByteArrayOutputStream();
        writer.writeFeed(archive, feed);
        String ics = feed.toString(StandardCharsets.UTF_8);
        List<String> summaries = ics.lines()
                .filter(line ->
                        line.startsWith("SUMMARY") || line.startsWith("DTSTART;") || line.startsWith("DESCRIPTION"))
                .collect(Collectors.toList());
        out.println("feed written: " + count(ics, "BEGIN:VEVENT") + " events, " + feed.size() + " bytes: "
                + String.join(", ", summaries));
        IcalImport again = IcalReader.of(MAIRIE, Locale.FRENCH).read(new ByteArrayInputStream(feed.toByteArray()));
        out.println("feed read back: " + titles(again.sessions()));
        check(again.sessions().size() == 2 && again.issues().isEmpty(), "feed", failures);

        // 3. A calendar from elsewhere, with a recurrence rule (iCal4j's).
        IcalImport imported = IcalReader.of(MAIRIE, Locale.FRENCH).read(CALENDAR);
        out.println("calendar read: " + imported.sessions().size() + " sessions in "
                + imported.cycles().size()
                + " cycle, " + imported.issues().size() + " issues: "
                + imported.sessions().stream()
                        .map(s -> s.schedule().exactStart().toOffsetDateTime().toString())
                        .collect(Collectors.joining(", ")));
        check(imported.sessions().size() == 3 && imported.issues().isEmpty(), "calendar", failures);

        // 4. JSON through a mapper that finds townhall's module as a service.
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        List<String> modules = mapper.registeredModules().stream()
                .map(module -> module.getModuleName() + " ("
                        + module.getClass().getModule().getName() + ")")
                .sorted()
                .collect(Collectors.toList());
        out.println("jackson modules found: " + String.join(", ", modules));
        String json = mapper.writeValueAsString(archive);
        Archive read = mapper.readValue(json, Archive.class);
        out.println("json round trip: " + json.getBytes(StandardCharsets.UTF_8).length + " bytes, equal: "
                + read.equals(archive));
        boolean found = mapper.registeredModules().stream().anyMatch(TownhallJacksonModule.class::isInstance);
        check(found && read.equals(archive), "json", failures);
        out.println(failures.isEmpty() ? "all steps done" : "failed: " + String.join(", ", failures));
    }

    /** {@return the archive the application works on: a town hall and two sessions} */
    static Archive archive() {
        Organisation mairie = Organisation.builder(MAIRIE, "Mairie de Lavaur")
                .email("participation@lavaur.example.org")
                .build();
        Session first = Session.builder(
                        SessionId.of("budget-1"),
                        MAIRIE,
                        ExactSchedule.of(LocalDate.of(2026, 3, 2), LocalTime.of(18, 30), LocalTime.of(20, 0), PARIS))
                .format(SessionFormat.DEBATE_EVENING)
                .title(Text.fr("Budget participatif : les idées"))
                .practical(PracticalDetails.builder()
                        .admission(Admission.price(new BigDecimal("2.50"), Currency.getInstance("EUR")))
                        .build())
                .build();
        Session second = Session.builder(
                        SessionId.of("budget-2"),
                        MAIRIE,
                        ExactSchedule.of(LocalDate.of(2026, 4, 13), LocalTime.of(18, 30), LocalTime.of(20, 0), PARIS))
                .format(SessionFormat.DEBATE_EVENING)
                .title(Text.fr("Budget participatif : le vote"))
                .build();
        return Archive.builder(mairie).addSessions(first).addSessions(second).build();
    }

    /** {@return the modules of the layer that are not the JDK's, each explicit or automatic} */
    private static String libraries(ModuleLayer layer) {
        return layer.modules().stream()
                .map(Module::getDescriptor)
                .filter(d -> !d.name().startsWith("java.") && !d.name().startsWith("jdk."))
                .sorted(Comparator.comparing(ModuleDescriptor::name))
                .map(d -> d.name() + (d.isAutomatic() ? " (automatic)" : ""))
                .collect(Collectors.joining(", "));
    }

    private static String titles(List<Session> sessions) {
        return sessions.stream()
                .map(s -> s.title() == null ? s.id().value() : s.title().original())
                .collect(Collectors.joining(", "));
    }

    private static int count(String text, String line) {
        return (int) text.lines().filter(line::equals).count();
    }

    private static void check(boolean ok, String step, List<String> failures) {
        if (!ok) {
            failures.add(step);
        }
    }
}
