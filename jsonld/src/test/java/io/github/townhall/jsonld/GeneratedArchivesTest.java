package io.github.townhall.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.deliberation.Appointment;
import io.github.townhall.organisation.RoleAssignment;
import io.github.townhall.people.Person;
import io.github.townhall.place.Venue;
import io.github.townhall.schedule.UndatedSchedule;
import io.github.townhall.session.Session;
import io.github.townhall.session.Speaker;
import io.github.townhall.session.Visibility;
import io.github.townhall.testing.Samples;
import io.github.townhall.testing.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Over generated archives (with registers of people, attendance lists, meeting roles, members-only
 * sessions, online links): every output is JSON safe in a script element, the same each time, names
 * no person but speakers, never shows a members-only link, and uses only the schema.org terms of
 * {@code terms-used.txt}.
 */
class GeneratedArchivesTest {
    private static final int ARCHIVES = 320;
    private static final Pattern DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> KEYWORDS = Set.of("@context", "@type", "@id");

    private static List<Archive> archives;

    @BeforeAll
    static void generate() {
        archives = Samples.archives(Samples.seed(), ARCHIVES);
    }

    /** Every document of an archive: the agenda, each cycle, each dated session. */
    private static List<String> documents(Archive archive) {
        List<String> out = new ArrayList<>();
        out.add(Ld.FRENCH.agenda(archive));
        for (Cycle cycle : archive.cycles()) {
            out.add(Ld.FRENCH.cycle(archive, cycle.id()));
        }
        for (Session session : archive.sessions()) {
            if (session.schedule() instanceof UndatedSchedule) {
                assertThrows(IllegalArgumentException.class, () -> Ld.FRENCH.session(archive, session));
            } else {
                out.add(Ld.ENGLISH.session(archive, session));
            }
        }
        return out;
    }

    @Test
    void everyDocumentIsJsonSafeInAScriptElementAndTheSameEachTime() {
        int documents = 0;
        for (Archive archive : archives) {
            List<String> first = documents(archive);
            assertEquals(first, documents(archive), archive::toString);
            for (String json : first) {
                JsonNode tree = Ld.read(json);
                assertEquals("https://schema.org", tree.get("@context").asString());
                documents++;
            }
        }
        assertTrue(documents > ARCHIVES * 3, "documents written: " + documents);
    }

    @Test
    void noPersonIsNamedButSpeakers() {
        int checked = 0;
        for (Archive archive : archives) {
            Set<String> speakers = new HashSet<>();
            archive.sessions().forEach(s -> s.speakers()
                    .forEach(sp -> speakers.add(sp.person().name())));
            Set<String> others = new HashSet<>();
            archive.people().forEach(person -> others.add(person.name()));
            Stream.concat(
                            archive.organisation().board().stream(),
                            archive.organisation().projectGroups().stream().flatMap(g -> g.referents().stream()))
                    .map(RoleAssignment::holder)
                    .filter(Objects::nonNull)
                    .forEach(holder -> others.add(holder.name()));
            archive.sessions().stream()
                    .flatMap(s -> s.appointments().stream())
                    .map(Appointment::appointee)
                    .filter(Objects::nonNull)
                    .forEach(person -> others.add(person.name()));
            others.removeAll(speakers);
            for (String json : documents(archive)) {
                for (String string : Ld.strings(Ld.read(json))) {
                    for (String name : others) {
                        assertFalse(string.contains(name), () -> name + " (not a speaker) in " + json);
                    }
                }
            }
            checked += others.size();
        }
        assertTrue(checked > ARCHIVES, "names checked: " + checked);
    }

    @Test
    void aMembersOnlySessionIsListedNowhereAndItsLinkShownNowhere() {
        int membersOnly = 0;
        for (Archive archive : archives) {
            Set<String> publicLinks = new HashSet<>();
            Set<String> hiddenLinks = new HashSet<>();
            Set<String> hiddenPages = new HashSet<>();
            for (Session session : archive.sessions()) {
                Venue venue = session.venue();
                URI link = venue == null ? null : venue.onlineLink();
                if (session.visibility() == Visibility.PUBLIC) {
                    if (link != null) {
                        publicLinks.add(link.toString());
                    }
                } else {
                    membersOnly++;
                    hiddenPages.add(Ld.URLS.session(session.id()).toString());
                    if (link != null) {
                        hiddenLinks.add(link.toString());
                    }
                }
            }
            hiddenLinks.removeAll(publicLinks);
            List<String> documents = documents(archive);
            for (String json : documents) {
                List<String> strings = Ld.strings(Ld.read(json));
                for (String link : hiddenLinks) {
                    assertFalse(strings.contains(link), () -> link + " in " + json);
                }
            }
            // the agenda and the cycles (the documents before the sessions' own)
            for (String json : documents.subList(0, 1 + archive.cycles().size())) {
                List<String> strings = Ld.strings(Ld.read(json));
                for (String page : hiddenPages) {
                    assertFalse(strings.contains(page), () -> page + " listed in " + json);
                }
            }
            long listed = archive.sessions().stream()
                    .filter(s -> s.visibility() == Visibility.PUBLIC && !(s.schedule() instanceof UndatedSchedule))
                    .count();
            assertEquals(listed, Ld.read(documents.get(0)).get("numberOfItems").asLong());
        }
        assertTrue(membersOnly > 10, "members-only sessions: " + membersOnly);
    }

    @Test
    void datesAreDateTimesWithOffsetsOrDates() {
        for (Archive archive : archives) {
            for (JsonNode item : Ld.read(Ld.FRENCH.agenda(archive)).get("itemListElement")) {
                JsonNode event = item.get("item");
                String start = event.get("startDate").asString();
                assertTrue(
                        DATE_TIME.matcher(start).matches()
                                || DATE.matcher(start).matches(),
                        start);
                if (event.has("endDate")) {
                    assertTrue(
                            DATE_TIME.matcher(event.get("endDate").asString()).matches());
                }
                for (JsonNode previous : Ld.many(event, "previousStartDate")) {
                    String earlier = previous.asString();
                    assertTrue(
                            DATE_TIME.matcher(earlier).matches()
                                    || DATE.matcher(earlier).matches(),
                            earlier);
                }
            }
        }
    }

    @Test
    void theSchemaOrgTermsUsedAreThoseOfTermsUsedTxt() throws IOException {
        Set<String> used = new TreeSet<>();
        List<Archive> all = new ArrayList<>(archives);
        all.add(Seeds.toulouse());
        all.add(Seeds.impActe());
        for (Archive archive : all) {
            for (String json : documents(archive)) {
                collectTerms(Ld.read(json), used);
            }
        }
        Set<String> listed = new TreeSet<>();
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/terms-used.txt"))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    listed.add(line.strip());
                }
            }
        }
        assertEquals(listed, used);
    }

    /** Property names, types and enumeration members (https://schema.org/X values). */
    private static void collectTerms(JsonNode node, Set<String> terms) {
        if (node.isArray()) {
            node.values().forEach(element -> collectTerms(element, terms));
            return;
        }
        if (node.isString() && node.asString().startsWith("https://schema.org/")) {
            terms.add(node.asString().substring("https://schema.org/".length()));
        }
        for (String name : node.propertyNames()) {
            JsonNode value = node.get(name);
            if (name.equals("@type")) {
                terms.add(value.asString());
            } else if (!KEYWORDS.contains(name)) {
                terms.add(name);
                collectTerms(value, terms);
            }
        }
    }

    @Test
    void speakersAreTheOnlyPeople() {
        for (Archive archive : archives) {
            for (Session session : archive.sessions()) {
                if (session.schedule() instanceof UndatedSchedule) {
                    continue;
                }
                JsonNode event = Ld.read(Ld.FRENCH.session(archive, session));
                List<String> performers = Ld.many(event, "performer").stream()
                        .map(p -> p.get("name").asString())
                        .toList();
                assertEquals(
                        session.speakers().stream()
                                .map(Speaker::person)
                                .map(Person::name)
                                .toList(),
                        performers);
            }
        }
    }
}
