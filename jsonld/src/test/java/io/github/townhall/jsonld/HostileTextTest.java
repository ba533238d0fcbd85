package io.github.townhall.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.people.Affiliation;
import io.github.townhall.people.Person;
import io.github.townhall.place.Venue;
import io.github.townhall.session.Session;
import io.github.townhall.session.Speaker;
import io.github.townhall.testing.Seeds;
import io.github.townhall.text.Text;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Text from records is hostile: whatever it holds, the JSON-LD is JSON, says the text unchanged,
 * and cannot end the script element it stands in.
 */
class HostileTextTest {
    private static final Archive TOULOUSE = Seeds.toulouse();
    private static final Session FIRST = Objects.requireNonNull(TOULOUSE.session(Seeds.toulouseSession(1)));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "</script><script>alert(1)</script>",
                "\"><img src=x onerror=alert(1)>",
                "<!-- <script>",
                "a\u2028b\u2029c",
                "\u202Egnp.exe\u202C \u2066isolated\u2069 \u200F",
                "Tom & Jerry's \"best\" \\ /slash/ \ttab",
                "]]></script ><SCRIPT>x</SCRIPT>",
                "emoji 🙂 and \u0000 nul \u001F unit"
            })
    void everyTextComesThroughUnchangedAndHarmless(String hostile) {
        Session session = FIRST.withTitle(Text.fr(hostile))
                .withDescription(Text.fr(hostile + "\n" + hostile))
                .withVenue(Venue.builder()
                        .name(hostile)
                        .street(hostile)
                        .city(hostile)
                        .build())
                .withTopics(List.of(Text.fr(hostile)))
                .withSpeakers(List.of(Speaker.of(Person.builder(hostile)
                        .title(Text.fr(hostile))
                        .affiliation(Affiliation.of(hostile))
                        .build())));
        Organisation organisation = TOULOUSE.organisation().withName(hostile).withCity(hostile);
        Archive archive = TOULOUSE.withOrganisation(organisation)
                .withSessions(List.of(session))
                .withCycles(List.of(TOULOUSE.cycles().get(0).withTitle(Text.fr(hostile))));

        for (String json : List.of(
                Ld.FRENCH.session(archive, session),
                Ld.FRENCH.cycle(archive, Seeds.TOULOUSE_CYCLE),
                Ld.FRENCH.agenda(archive))) {
            JsonNode tree = Ld.read(json); // checks: JSON, and no < > & U+2028 U+2029 as such
            assertFalse(json.toLowerCase(java.util.Locale.ROOT).contains("</script"), json);
            assertTrue(json.contains("\\u003C") || !hostile.contains("<"), json);
            List<String> strings = Ld.strings(tree);
            assertTrue(strings.contains(hostile), () -> "the text, unchanged, in " + json);
        }
        JsonNode event = Ld.read(Ld.FRENCH.session(archive, session));
        assertEquals(hostile, event.get("name").asString());
        assertEquals(hostile + "\n" + hostile, event.get("description").asString());
        assertEquals(
                hostile, event.get("performer").get("affiliation").get("name").asString());
        assertEquals(hostile, event.get("organizer").get("name").asString());
    }
}
