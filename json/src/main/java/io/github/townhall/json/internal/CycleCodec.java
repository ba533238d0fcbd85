package io.github.townhall.json.internal;

import io.github.townhall.cycle.Cycle;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.text.Text;
import java.net.URI;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;

/** Cycles of sessions. */
public final class CycleCodec {
    private static final String WHAT = "a cycle";
    private static final String PROPERTIES = "id, organiser, title, place, description, website";

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
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "id" -> id = in.string();
                case "organiser" -> organiser = in.string();
                case "title" -> title = TextCodec.read(in);
                case "place" -> place = in.string();
                case "description" -> description = TextCodec.read(in);
                case "website" -> website = in.uri();
                default -> in.unknown(property, WHAT, PROPERTIES);
            }
        }
        return new Cycle(
                CycleId.of(in.required(id, "id", WHAT, start)),
                OrganisationId.of(in.required(organiser, "organiser", WHAT, start)),
                in.required(title, "title", WHAT, start),
                place,
                description,
                website);
    }
}
