package io.github.townhall.benchmarks;

import io.github.townhall.archive.Archive;
import io.github.townhall.ical.IcalWriter;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.place.Venue;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionId;
import io.github.townhall.text.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Time from {@code main} to the first one-session feed in a fresh JVM (JVM start not included),
 * for townhall, iCal4j and the hand-rolled writer: the median of five fresh JVMs each.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.townhall.benchmarks.FirstFeed
 * }</pre>
 */
public final class FirstFeed {
    private static final String[] ENGINES = {"townhall", "ical4j", "handRolled"};

    private FirstFeed() {}

    /**
     * Without arguments, runs five fresh JVMs per engine and prints the medians; with
     * {@code once <engine>}, writes one feed and prints the milliseconds it took.
     *
     * @param args nothing, or {@code once townhall|ical4j|handRolled}
     * @throws Exception if a child JVM fails
     */
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        if (args.length == 2 && args[0].equals("once")) {
            int length = once(args[1]);
            long nanos = System.nanoTime() - start;
            System.out.println("first-feed-ms " + nanos / 1_000_000.0 + " chars " + length);
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        for (String engine : ENGINES) {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                times.add(child(engine));
            }
            Collections.sort(times);
            System.out.printf(
                    Locale.ROOT,
                    "first feed %s: median %.0f ms of %d fresh JVMs %s%n",
                    engine,
                    times.get(runs / 2),
                    runs,
                    times);
        }
    }

    private static int once(String engine) throws IOException {
        ZoneId paris = ZoneId.of("Europe/Paris");
        Organisation organisation = Organisation.builder(OrganisationId.of("idc"), "Initiatives et Cité")
                .email("contact@example.org")
                .build();
        Session session = Session.builder(
                        SessionId.of("2016-02-11"),
                        organisation.id(),
                        ExactSchedule.of(
                                LocalDateTime.of(2016, 2, 11, 18, 30), LocalDateTime.of(2016, 2, 11, 20, 0), paris))
                .title(Text.fr("Budgets participatifs : quelles expériences ?"))
                .description(Text.fr("Soirée-débat avec les habitants, suivie d'un pot."))
                .venue(Venue.builder()
                        .name("Maison de la citoyenneté")
                        .city("Toulouse")
                        .build())
                .build();
        StringWriter out = new StringWriter();
        switch (engine) {
            case "townhall" ->
                IcalWriter.of(BenchmarkData.options())
                        .writeFeed(
                                Archive.builder(organisation)
                                        .addSessions(session)
                                        .build(),
                                out);
            case "ical4j" -> Ical4jFeed.write(organisation, List.of(session), BenchmarkData.DOMAIN, out);
            case "handRolled" -> HandRolledFeed.write(organisation, List.of(session), BenchmarkData.DOMAIN, out);
            default -> throw new IllegalArgumentException(engine);
        }
        return out.toString().length();
    }

    private static double child(String engine) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), FirstFeed.class.getName(), "once", engine)
                .redirectErrorStream(true)
                .start();
        double ms = -1;
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("first-feed-ms ")) {
                    ms = Double.parseDouble(line.split(" ")[1]);
                }
            }
        }
        if (process.waitFor() != 0 || ms < 0) {
            throw new IllegalStateException("The " + engine + " child JVM failed");
        }
        return ms;
    }
}
