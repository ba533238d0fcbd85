package io.github.townhall.json.internal;

import io.github.townhall.people.Affiliation;
import io.github.townhall.people.ContactPoint;
import io.github.townhall.people.Person;
import io.github.townhall.people.PersonId;
import io.github.townhall.text.Text;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;

/** People: a person with id, name, city, title, affiliation and background; an affiliation; a contact point. */
public final class PeopleCodec {
    private static final String PERSON = "a person";
    private static final String PERSON_PROPERTIES = "id, name, city, title, affiliation, background";
    private static final String AFFILIATION = "an affiliation";
    private static final String AFFILIATION_PROPERTIES = "name, mission";
    private static final String CONTACT = "a contact point";
    private static final String CONTACT_PROPERTIES = "name, email, phone";

    private PeopleCodec() {}

    /**
     * Writes a person.
     *
     * @param g the generator
     * @param person the person
     */
    public static void writePerson(JsonGenerator g, Person person) {
        g.writeStartObject();
        Out.string(g, "id", person.id());
        g.writeStringProperty("name", person.name());
        Out.string(g, "city", person.city());
        Out.text(g, "title", person.title());
        Out.object(g, "affiliation", person.affiliation(), PeopleCodec::writeAffiliation);
        Out.text(g, "background", person.background());
        g.writeEndObject();
    }

    /**
     * Reads a person.
     *
     * @param in the cursor
     * @return the person
     */
    public static Person readPerson(In in) {
        TokenStreamLocation start = in.beginObject(PERSON);
        String name = null;
        String city = null;
        Text title = null;
        Affiliation affiliation = null;
        Text background = null;
        PersonId id = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "id" -> id = PersonId.of(in.string());
                case "name" -> name = in.string();
                case "city" -> city = in.string();
                case "title" -> title = TextCodec.read(in);
                case "affiliation" -> affiliation = readAffiliation(in);
                case "background" -> background = TextCodec.read(in);
                default -> in.unknown(property, PERSON, PERSON_PROPERTIES);
            }
        }
        return new Person(in.required(name, "name", PERSON, start), city, title, affiliation, background, id);
    }

    /**
     * Writes an affiliation.
     *
     * @param g the generator
     * @param affiliation the affiliation
     */
    public static void writeAffiliation(JsonGenerator g, Affiliation affiliation) {
        g.writeStartObject();
        g.writeStringProperty("name", affiliation.name());
        Out.text(g, "mission", affiliation.mission());
        g.writeEndObject();
    }

    /**
     * Reads an affiliation.
     *
     * @param in the cursor
     * @return the affiliation
     */
    public static Affiliation readAffiliation(In in) {
        TokenStreamLocation start = in.beginObject(AFFILIATION);
        String name = null;
        Text mission = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "name" -> name = in.string();
                case "mission" -> mission = TextCodec.read(in);
                default -> in.unknown(property, AFFILIATION, AFFILIATION_PROPERTIES);
            }
        }
        return new Affiliation(in.required(name, "name", AFFILIATION, start), mission);
    }

    /**
     * Writes a contact point.
     *
     * @param g the generator
     * @param contact the contact point
     */
    public static void writeContact(JsonGenerator g, ContactPoint contact) {
        g.writeStartObject();
        Out.string(g, "name", contact.name());
        Out.string(g, "email", contact.email());
        Out.string(g, "phone", contact.phone());
        g.writeEndObject();
    }

    /**
     * Reads a contact point.
     *
     * @param in the cursor
     * @return the contact point
     */
    public static ContactPoint readContact(In in) {
        in.beginObject(CONTACT);
        String name = null;
        String email = null;
        String phone = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "name" -> name = in.string();
                case "email" -> email = in.string();
                case "phone" -> phone = in.string();
                default -> in.unknown(property, CONTACT, CONTACT_PROPERTIES);
            }
        }
        return new ContactPoint(name, email, phone);
    }
}
