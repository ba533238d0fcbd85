package io.github.townhall.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.deliberation.Appointment;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.Party;
import io.github.townhall.organisation.RoleAssignment;
import io.github.townhall.people.ContactPoint;
import io.github.townhall.people.Person;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionRole;
import io.github.townhall.testing.Samples;
import io.github.townhall.testing.Seeds;
import io.github.townhall.validation.RecordValidator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Writing for publication: personal data left out, and the document says so. */
class PublicationTest {
    private static final TownhallJson JSON = TownhallJson.defaults();
    private static final TownhallJson PUBLIC =
            TownhallJson.builder().forPublication(true).build();
    private static final RecordValidator VALIDATOR = RecordValidator.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Every string of a JSON text, property names included, as a reader sees it (unescaped). */
    private static List<String> strings(String json) {
        List<String> out = new ArrayList<>();
        collect(MAPPER.readTree(json), out);
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isString()) {
            out.add(node.asString());
        }
        for (String name : node.propertyNames()) {
            out.add(name);
            collect(node.get(name), out);
        }
        if (node.isArray()) {
            for (JsonNode element : node.values()) {
                collect(element, out);
            }
        }
    }

    /**
     * The names a person is public for, which publication keeps: speakers, board members,
     * referents and appointees by name, parties known only by name, contact points.
     */
    private static Set<String> publicNames(Archive archive) {
        Set<String> names = new HashSet<>();
        Organisation organisation = archive.organisation();
        Stream.concat(
                        Stream.concat(
                                organisation.board().stream(),
                                organisation.boardChanges().stream().flatMap(change -> change.assignments().stream())),
                        organisation.projectGroups().stream().flatMap(group -> group.referents().stream()))
                .map(RoleAssignment::holder)
                .filter(Objects::nonNull)
                .forEach(holder -> names.add(holder.name()));
        for (Session session : archive.sessions()) {
            session.speakers().forEach(speaker -> names.add(speaker.person().name()));
            for (Appointment appointment : session.appointments()) {
                if (appointment.appointee() != null) {
                    names.add(appointment.appointee().name());
                }
                addNamed(names, appointment.appointedBy());
            }
            session.proposals().forEach(proposal -> addNamed(names, proposal.proposedBy()));
            session.actionItems().forEach(item -> addNamed(names, item.owner()));
            session.roles().stream().map(SessionRole::holder).forEach(holder -> addNamed(names, holder));
            if (session.practical() != null) {
                ContactPoint contact = session.practical().contact();
                if (contact != null && contact.name() != null) {
                    names.add(contact.name());
                }
            }
        }
        return names;
    }

    private static void addNamed(Set<String> names, @Nullable Party party) {
        if (party instanceof Party.Named named) {
            names.add(named.name());
        }
    }

    @Test
    void generatedArchivesWrittenForPublicationHoldNoNameOfTheRegister() {
        long seed = Samples.seed();
        int checked = 0;
        for (Archive archive : Samples.archives(seed, 300)) {
            String json = PUBLIC.write(archive);
            assertTrue(
                    json.startsWith("{\n  \"format\": \"townhall/1.1\",\n  \"redacted\": true,\n"),
                    () -> "seed " + seed + ": " + json);
            List<String> strings = strings(json);
            Set<String> publicNames = publicNames(archive);
            for (Person person : archive.people()) {
                String id = Objects.requireNonNull(person.id()).value();
                assertFalse(strings.contains(id), () -> "seed " + seed + ": the id " + id + " is in " + json);
                if (publicNames.contains(person.name())) {
                    continue;
                }
                checked++;
                for (String string : strings) {
                    assertFalse(
                            string.contains(person.name()),
                            () -> "seed " + seed + ": " + person.name() + " is in \"" + string + "\"");
                }
            }
            assertFalse(MAPPER.readTree(json).has("people"), () -> "seed " + seed + ": " + json);
            assertFalse(strings.contains("attendees"), () -> "seed " + seed + ": " + json);

            Archive published = PUBLIC.readArchive(json);
            assertEquals(archive.withoutPersonalData(), published, () -> "seed " + seed);
            assertEquals(List.of(), VALIDATOR.validate(published).violations(), () -> "seed " + seed + ": " + json);
            JsonReadResult<Archive> validated = JSON.readAndValidate(json, Archive.class);
            assertTrue(validated.isValid(), () -> "seed " + seed + ": " + validated.problems());
        }
        assertTrue(checked > 300, "register names checked: " + checked);
    }

    @Test
    void aDocumentWithAPersonErasedHasNoTraceOfTheirName() {
        long seed = Samples.seed();
        int checked = 0;
        for (Archive archive : Samples.archives(seed, 100)) {
            for (Person person : archive.people()) {
                Archive erased = archive.erase(Objects.requireNonNull(person.id()));
                if (names(erased).contains(person.name())) {
                    continue; // another person of the same name stays, rightly
                }
                checked++;
                String json = JSON.write(erased);
                for (String string : strings(json)) {
                    assertFalse(
                            string.contains(person.name()),
                            () -> "seed " + seed + ": " + person.name() + " is in \"" + string + "\"");
                    assertFalse(
                            string.equals(person.id().value()),
                            () -> "seed " + seed + ": " + person.id() + " is still in " + json);
                }
                assertEquals(erased, JSON.readArchive(json), () -> "seed " + seed);
            }
        }
        assertTrue(checked > 50, "erased people checked: " + checked);
    }

    /** Every name of a person or a named party that is still in the archive. */
    private static Set<String> names(Archive archive) {
        Set<String> names = publicNames(archive);
        archive.people().forEach(person -> names.add(person.name()));
        return names;
    }

    @Test
    void theSeedsArePublishedWithoutTheirRegister() {
        for (Archive archive : List.of(Seeds.toulouse(), Seeds.impActe())) {
            String json = PUBLIC.write(archive);
            assertTrue(json.contains("\n  \"redacted\": true,\n"));
            assertFalse(json.contains("\"people\""));
            assertEquals(archive.withoutPersonalData(), JSON.readArchive(json));
            assertEquals(
                    JSON.write(archive.withoutPersonalData())
                            .replace("\"townhall/1.1\",\n", "\"townhall/1.1\",\n  \"redacted\": true,\n"),
                    json);
        }
    }

    @Test
    void fragmentsForPublicationAreAsInAPublishedArchive() {
        long seed = Samples.seed();
        for (Archive archive : Samples.archives(seed, 50)) {
            Archive published = archive.withoutPersonalData();
            assertEquals(JSON.write(published.organisation()), PUBLIC.write(archive.organisation()));
            for (int i = 0; i < archive.sessions().size(); i++) {
                assertEquals(
                        JSON.write(published.sessions().get(i)),
                        PUBLIC.write(archive.sessions().get(i)),
                        () -> "seed " + seed);
            }
            archive.cycles().forEach(cycle -> assertEquals(JSON.write(cycle), PUBLIC.write(cycle)));
        }
        assertThrows(IllegalArgumentException.class, () -> PUBLIC.write(Person.of("Ada")));
    }

    @Test
    void theReaderAcceptsTheRedactedFlagAndRefusesAnotherType() {
        String json =
                "{\"format\": \"townhall/1.1\", \"redacted\": true, \"organisation\": {\"id\": \"o\", \"name\": \"O\"}}";
        assertEquals("O", JSON.readArchive(json).organisation().name());
        JsonException e = assertThrows(JsonException.class, () -> JSON.readArchive(json.replace("true", "\"yes\"")));
        assertEquals("/redacted", e.pointer());
    }
}
