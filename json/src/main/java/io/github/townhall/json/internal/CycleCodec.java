package io.github.townhall.json.internal;

import io.github.townhall.cycle.Cycle;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.organisation.Partnership;
import io.github.townhall.text.Text;
import java.net.URI;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;

/** Cycles of sessions. */
public final class CycleCodec {
    private static final String WHAT = "a cycle";
    private static final String PROPERTIES =
            "id, organiser, title, place, description, website, partners, topics," + " objectives, editorial";

    private CycleCodec() {}

    /**
     * Writes a cycle.
     *
     * @param g the generator
     * @param cycle the cycle
     */
    public static void write(JsonGenerator g, Cycle cycle) {
        g.writeStartObject();
        g.writeStringProperty("id", cycle.id().value());
        g.writeStringProperty("organiser", cycle.organiser().value());
        Out.text(g, "title", cycle.title());
        Out.string(g, "place", cycle.place());
        Out.text(g, "description", cycle.description());
        Out.string(g, "website", cycle.website());
        Out.list(g, "partners", cycle.partners(), PartyCodec::writePartnership);
        Out.texts(g, "topics", cycle.topics());
        Out.texts(g, "objectives", cycle.objectives());
        Out.strings(g, "editorial", cycle.editorial());
        g.writeEndObject();
    }

    /**
     * Reads a cycle.
     *
     * @param in the cursor
     * @return the cycle
     */
    public static Cycle read(In in) {
        TokenStreamLocation start = in.beginObject(WHAT);
        String id = null;
        String organiser = null;
        Text title = null;
        String place = null;
        Text description = null;
        URI website = null;
        List<Partnership> partners = List.of();
        List<Text> topics = List.of();
        List<Text> objectives = List.of();
        List<String> editorial = List.of();
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "id" -> id = in.string();
                case "organiser" -> organiser = in.string();
                case "title" -> title = TextCodec.read(in);
                case "place" -> place = in.string();
                case "description" -> description = TextCodec.read(in);
                case "website" -> website = in.uri();
                case "partners" -> partners = in.list(PartyCodec::readPartnership);
                case "topics" -> topics = in.list(TextCodec::read);
                case "objectives" -> objectives = in.list(TextCodec::read);
                case "editorial" -> editorial = in.list(In::string);
                default -> in.unknown(property, WHAT, PROPERTIES);
            }
        }
        return new Cycle(
                CycleId.of(in.required(id, "id", WHAT, start)),
                OrganisationId.of(in.required(organiser, "organiser", WHAT, start)),
                in.required(title, "title", WHAT, start),
                place,
                description,
                website,
                partners,
                topics,
                objectives,
                editorial);
    }
}
