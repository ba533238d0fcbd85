package io.github.townhall.json.internal;

import io.github.townhall.json.JsonProblem;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.organisation.PartnerRole;
import io.github.townhall.organisation.Partnership;
import io.github.townhall.organisation.Party;
import io.github.townhall.organisation.ProjectGroupId;
import io.github.townhall.people.PersonId;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;

/**
 * Parties, an object with exactly one property that says which kind of party it is:
 * {@code {"person": "id"}}, {@code {"group": "id"}}, {@code {"organisation": "id"}},
 * {@code {"meeting": true}} or {@code {"name": "..."}}; and partnerships.
 */
public final class PartyCodec {
    static final EnumNames<PartnerRole> PARTNER_ROLES = EnumNames.of(PartnerRole.class);

    private static final String PARTY = "a party";
    private static final String PARTY_PROPERTIES = "person, group, organisation, meeting, name (exactly one)";
    private static final String PARTNERSHIP = "a partnership";
    private static final String PARTNERSHIP_PROPERTIES = "organisation, role";

    private PartyCodec() {}

    /**
     * Writes a party.
     *
     * @param g the generator
     * @param party the party
     */
    public static void writeParty(JsonGenerator g, Party party) {
        g.writeStartObject();
        // Java 17 has no pattern matching for switch: the sealed interface has exactly these five.
        if (party instanceof Party.OfPerson person) {
            g.writeStringProperty("person", person.person().value());
        } else if (party instanceof Party.OfGroup group) {
            g.writeStringProperty("group", group.group().value());
        } else if (party instanceof Party.OfOrganisation organisation) {
            g.writeStringProperty("organisation", organisation.organisation().value());
        } else if (party instanceof Party.Meeting) {
            g.writeBooleanProperty("meeting", true);
        } else {
            g.writeStringProperty("name", ((Party.Named) party).name());
        }
        g.writeEndObject();
    }

    /**
     * Reads a party.
     *
     * @param in the cursor
     * @return the party
     */
    public static Party readParty(In in) {
        TokenStreamLocation start = in.beginObject(PARTY);
        Party party = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            Party read;
            switch (property) {
                case "person" -> read = Party.person(PersonId.of(in.string()));
                case "group" -> read = Party.group(ProjectGroupId.of(in.string()));
                case "organisation" -> read = Party.organisation(OrganisationId.of(in.string()));
                case "meeting" -> {
                    if (!in.bool()) {
                        throw in.fail(
                                JsonProblem.Kind.FORMAT,
                                "\"meeting\" is true in a party that is the meeting as a whole; leave out a"
                                        + " party that is not known.");
                    }
                    read = Party.meeting();
                }
                case "name" -> read = Party.named(in.string());
                default -> {
                    in.unknown(property, PARTY, PARTY_PROPERTIES);
                    continue;
                }
            }
            if (party != null) {
                throw in.fail(
                        JsonProblem.Kind.FORMAT,
                        "A party has exactly one property (person, group, organisation, meeting or name); this"
                                + " one has a second, \"" + property + "\".");
            }
            party = read;
        }
        if (party == null) {
            throw in.invalidObject(
                    start, "A party has exactly one property: person, group, organisation, meeting or name.");
        }
        return party;
    }

    /**
     * Writes a partnership.
     *
     * @param g the generator
     * @param partnership the partnership
     */
    public static void writePartnership(JsonGenerator g, Partnership partnership) {
        g.writeStartObject();
        g.writeStringProperty("organisation", partnership.organisation().value());
        g.writeStringProperty("role", PARTNER_ROLES.name(partnership.role()));
        g.writeEndObject();
    }

    /**
     * Reads a partnership.
     *
     * @param in the cursor
     * @return the partnership
     */
    public static Partnership readPartnership(In in) {
        TokenStreamLocation start = in.beginObject(PARTNERSHIP);
        String organisation = null;
        PartnerRole role = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "organisation" -> organisation = in.string();
                case "role" -> role = in.enumeration(PARTNER_ROLES);
                default -> in.unknown(property, PARTNERSHIP, PARTNERSHIP_PROPERTIES);
            }
        }
        return new Partnership(
                OrganisationId.of(in.required(organisation, "organisation", PARTNERSHIP, start)),
                in.required(role, "role", PARTNERSHIP, start));
    }
}
