package io.github.townhall.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.session.Session;
import io.github.townhall.testing.Seeds;
import io.github.townhall.text.Text;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class JacksonModuleTest {
    private static final JsonMapper MAPPER =
            JsonMapper.builder().findAndAddModules().build();

    @Test
    void theServiceLoaderFindsTheModule() {
        assertTrue(MAPPER.registeredModules().stream().anyMatch(TownhallJacksonModule.class::isInstance));
    }

    @Test
    void aMapperWritesWhatTheFacadeWritesCompactly() {
        TownhallJson compact = TownhallJson.builder().indent(false).build();
        Archive archive = Seeds.impActe();
        assertEquals(compact.write(archive), MAPPER.writeValueAsString(archive));
        Session session = archive.sessions().get(0);
        assertEquals(compact.write(session), MAPPER.writeValueAsString(session));
    }

    @Test
    void aMapperReadsBackEqualRecords() {
        Archive archive = Seeds.toulouse();
        assertEquals(archive, MAPPER.readValue(MAPPER.writeValueAsString(archive), Archive.class));
        Schedule schedule = archive.sessions().get(0).schedule();
        assertEquals(schedule, MAPPER.readValue(MAPPER.writeValueAsString(schedule), Schedule.class));
        Text text = Text.fr("Bonjour").withTranslation(java.util.Locale.ENGLISH, "Hello");
        assertEquals("{\"original\":\"fr\",\"fr\":\"Bonjour\",\"en\":\"Hello\"}", MAPPER.writeValueAsString(text));
        assertEquals(text, MAPPER.readValue(MAPPER.writeValueAsString(text), Text.class));
    }

    @Test
    void aMapperReportsOurErrorAsTheCauseOfItsOwn() {
        DatabindException e = assertThrows(
                DatabindException.class,
                () -> MAPPER.readValue("{\"original\": \"fr\", \"fr\": \"x\", \"colour\": 1}", Text.class));
        JsonException cause = assertInstanceOf(JsonException.class, e.getCause());
        assertEquals("/colour", cause.pointer());
    }

    @Test
    void theLenientModuleSkipsUnknownProperties() {
        JsonMapper lenient =
                JsonMapper.builder().addModule(TownhallJacksonModule.lenient()).build();
        assertEquals(Text.fr("x"), lenient.readValue("{\"original\": \"fr\", \"fr\": \"x\"}", Text.class));
        String session = "{\"id\": \"s\", \"organisation\": \"o\", \"mood\": \"good\", \"schedule\":"
                + " {\"type\": \"tentative\", \"from\": \"2016-02-01\", \"to\": \"2016-02-29\"}}";
        assertEquals("s", lenient.readValue(session, Session.class).id().value());
    }
}
