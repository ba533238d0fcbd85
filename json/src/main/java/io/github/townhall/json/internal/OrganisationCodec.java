package io.github.townhall.json.internal;

import io.github.townhall.json.JsonProblem;
import io.github.townhall.organisation.BoardChange;
import io.github.townhall.organisation.BoardRole;
import io.github.townhall.organisation.DeclarationStatus;
import io.github.townhall.organisation.ListedOrganisation;
import io.github.townhall.organisation.MemberCount;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationBuilder;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.organisation.ProjectGroup;
import io.github.townhall.organisation.ProjectGroupId;
import io.github.townhall.organisation.Quorum;
import io.github.townhall.organisation.RoleAssignment;
import io.github.townhall.people.Person;
import io.github.townhall.text.Text;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;

/**
 * Organisations, their board, board changes, project groups, quorum and member count; the
 * organisations of an archive's directory.
 */
public final class OrganisationCodec {
    static final EnumNames<BoardRole> ROLES = EnumNames.of(BoardRole.class);
    static final EnumNames<DeclarationStatus> DECLARATIONS = EnumNames.of(DeclarationStatus.class);

    private static final String ORGANISATION = "an organisation";
    private static final String ORGANISATION_PROPERTIES = "id, name, shortName, city, country, website, email,"
            + " description, purposes, board, boardChanges, projectGroups, quorum, members";
    private static final String ASSIGNMENT = "a role assignment";
    private static final String ASSIGNMENT_PROPERTIES = "role, title, holder, from, until";
    private static final String CHANGE = "a board change";
    private static final String CHANGE_PROPERTIES = "description, assignments, authority, declaration, declaredOn";
    private static final String GROUP = "a project group";
    private static final String GROUP_PROPERTIES = "id, name, description, referents, editorial";
    private static final String QUORUM = "a quorum";
    private static final String QUORUM_PROPERTIES = "people, share (exactly one)";
    private static final String MEMBERS = "a member count";
    private static final String MEMBERS_PROPERTIES = "members, asOf";
    private static final String LISTED = "an organisation of the directory";
    private static final String LISTED_PROPERTIES = "id, name, shortName, website, city, mission";

    private OrganisationCodec() {}

    /**
     * Writes an organisation.
     *
     * @param g the generator
     * @param organisation the organisation
     */
    public static void write(JsonGenerator g, Organisation organisation) {
        g.writeStartObject();
        g.writeStringProperty("id", organisation.id().value());
        g.writeStringProperty("name", organisation.name());
        Out.string(g, "shortName", organisation.shortName());
        Out.string(g, "city", organisation.city());
        Out.string(g, "country", organisation.country());
        Out.string(g, "website", organisation.website());
        Out.string(g, "email", organisation.email());
        Out.text(g, "description", organisation.description());
        Out.texts(g, "purposes", organisation.purposes());
        Out.list(g, "board", organisation.board(), OrganisationCodec::writeAssignment);
        Out.list(g, "boardChanges", organisation.boardChanges(), OrganisationCodec::writeChange);
        Out.list(g, "projectGroups", organisation.projectGroups(), OrganisationCodec::writeGroup);
        Out.object(g, "quorum", organisation.quorum(), OrganisationCodec::writeQuorum);
        Out.object(g, "members", organisation.members(), OrganisationCodec::writeMembers);
        g.writeEndObject();
    }

    /**
     * Reads an organisation.
     *
     * @param in the cursor
     * @return the organisation
     */
    public static Organisation read(In in) {
        TokenStreamLocation start = in.beginObject(ORGANISATION);
        String id = null;
        String name = null;
        OrganisationBuilder organisation = OrganisationBuilder.builder();
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "id" -> id = in.string();
                case "name" -> name = in.string();
                case "shortName" -> organisation.shortName(in.string());
                case "city" -> organisation.city(in.string());
                case "country" -> organisation.country(in.string());
                case "website" -> organisation.website(in.uri());
                case "email" -> organisation.email(in.string());
                case "description" -> organisation.description(TextCodec.read(in));
                case "purposes" -> organisation.purposes(in.list(TextCodec::read));
                case "board" -> organisation.board(in.list(OrganisationCodec::readAssignment));
                case "boardChanges" -> organisation.boardChanges(in.list(OrganisationCodec::readChange));
                case "projectGroups" -> organisation.projectGroups(in.list(OrganisationCodec::readGroup));
                case "quorum" -> organisation.quorum(readQuorum(in));
                case "members" -> organisation.members(readMembers(in));
                default -> in.unknown(property, ORGANISATION, ORGANISATION_PROPERTIES);
            }
        }
        return organisation
                .id(OrganisationId.of(in.required(id, "id", ORGANISATION, start)))
                .name(in.required(name, "name", ORGANISATION, start))
                .build();
    }

    /**
     * Writes a role assignment.
     *
     * @param g the generator
     * @param assignment the assignment
     */
    public static void writeAssignment(JsonGenerator g, RoleAssignment assignment) {
        g.writeStartObject();
        g.writeStringProperty("role", ROLES.name(assignment.role()));
        Out.text(g, "title", assignment.title());
        Out.object(g, "holder", assignment.holder(), PeopleCodec::writePerson);
        Out.string(g, "from", assignment.from());
        Out.string(g, "until", assignment.until());
        g.writeEndObject();
    }

    /**
     * Reads a role assignment.
     *
     * @param in the cursor
     * @return the assignment
     */
    public static RoleAssignment readAssignment(In in) {
        TokenStreamLocation start = in.beginObject(ASSIGNMENT);
        BoardRole role = null;
        Text title = null;
        Person holder = null;
        LocalDate from = null;
        LocalDate until = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "role" -> role = in.enumeration(ROLES);
                case "title" -> title = TextCodec.read(in);
                case "holder" -> holder = PeopleCodec.readPerson(in);
                case "from" -> from = in.date();
                case "until" -> until = in.date();
                default -> in.unknown(property, ASSIGNMENT, ASSIGNMENT_PROPERTIES);
            }
        }
        return new RoleAssignment(in.required(role, "role", ASSIGNMENT, start), title, holder, from, until);
    }

    /**
     * Writes a board change.
     *
     * @param g the generator
     * @param change the change
     */
    public static void writeChange(JsonGenerator g, BoardChange change) {
        g.writeStartObject();
        Out.text(g, "description", change.description());
        Out.list(g, "assignments", change.assignments(), OrganisationCodec::writeAssignment);
        Out.string(g, "authority", change.authority());
        g.writeStringProperty("declaration", DECLARATIONS.name(change.declaration()));
        Out.string(g, "declaredOn", change.declaredOn());
        g.writeEndObject();
    }

    /**
     * Reads a board change.
     *
     * @param in the cursor
     * @return the change
     */
    public static BoardChange readChange(In in) {
        TokenStreamLocation start = in.beginObject(CHANGE);
        Text description = null;
        List<RoleAssignment> assignments = List.of();
        String authority = null;
        DeclarationStatus declaration = null;
        LocalDate declaredOn = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "description" -> description = TextCodec.read(in);
                case "assignments" -> assignments = in.list(OrganisationCodec::readAssignment);
                case "authority" -> authority = in.string();
                case "declaration" -> declaration = in.enumeration(DECLARATIONS);
                case "declaredOn" -> declaredOn = in.date();
                default -> in.unknown(property, CHANGE, CHANGE_PROPERTIES);
            }
        }
        return new BoardChange(
                in.required(description, "description", CHANGE, start),
                assignments,
                authority,
                in.required(declaration, "declaration", CHANGE, start),
                declaredOn);
    }

    /**
     * Writes a project group.
     *
     * @param g the generator
     * @param group the group
     */
    public static void writeGroup(JsonGenerator g, ProjectGroup group) {
        g.writeStartObject();
        g.writeStringProperty("id", group.id().value());
        Out.text(g, "name", group.name());
        Out.text(g, "description", group.description());
        Out.list(g, "referents", group.referents(), OrganisationCodec::writeAssignment);
        Out.strings(g, "editorial", group.editorial());
        g.writeEndObject();
    }

    /**
     * Reads a project group.
     *
     * @param in the cursor
     * @return the group
     */
    public static ProjectGroup readGroup(In in) {
        TokenStreamLocation start = in.beginObject(GROUP);
        String id = null;
        Text name = null;
        Text description = null;
        List<RoleAssignment> referents = List.of();
        List<String> editorial = List.of();
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "id" -> id = in.string();
                case "name" -> name = TextCodec.read(in);
                case "description" -> description = TextCodec.read(in);
                case "referents" -> referents = in.list(OrganisationCodec::readAssignment);
                case "editorial" -> editorial = in.list(In::string);
                default -> in.unknown(property, GROUP, GROUP_PROPERTIES);
            }
        }
        return new ProjectGroup(
                ProjectGroupId.of(in.required(id, "id", GROUP, start)),
                in.required(name, "name", GROUP, start),
                description,
                referents,
                editorial);
    }

    /**
     * Writes a quorum: {@code {"people": 12}} or {@code {"share": 0.5}}.
     *
     * @param g the generator
     * @param quorum the quorum
     */
    public static void writeQuorum(JsonGenerator g, Quorum quorum) {
        g.writeStartObject();
        // Java 17 has no pattern matching for switch: the sealed interface has exactly these two.
        if (quorum instanceof Quorum.Count count) {
            g.writeNumberProperty("people", count.people());
        } else {
            g.writeName("share");
            g.writeNumber(((Quorum.Share) quorum).share());
        }
        g.writeEndObject();
    }

    /**
     * Reads a quorum.
     *
     * @param in the cursor
     * @return the quorum
     */
    public static Quorum readQuorum(In in) {
        TokenStreamLocation start = in.beginObject(QUORUM);
        Quorum quorum = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "people", "share" -> {
                    if (quorum != null) {
                        throw in.fail(JsonProblem.Kind.FORMAT, "A quorum is either \"people\" or \"share\", not both.");
                    }
                    quorum = property.equals("people") ? Quorum.count(in.integer()) : Quorum.share(in.decimal());
                }
                default -> in.unknown(property, QUORUM, QUORUM_PROPERTIES);
            }
        }
        if (quorum == null) {
            throw in.invalidObject(start, "A quorum has \"people\" or \"share\".");
        }
        return quorum;
    }

    /**
     * Writes a member count.
     *
     * @param g the generator
     * @param members the count
     */
    public static void writeMembers(JsonGenerator g, MemberCount members) {
        g.writeStartObject();
        g.writeNumberProperty("members", members.members());
        g.writeStringProperty("asOf", members.asOf().toString());
        g.writeEndObject();
    }

    /**
     * Reads a member count.
     *
     * @param in the cursor
     * @return the count
     */
    public static MemberCount readMembers(In in) {
        TokenStreamLocation start = in.beginObject(MEMBERS);
        Integer members = null;
        LocalDate asOf = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "members" -> members = in.integer();
                case "asOf" -> asOf = in.date();
                default -> in.unknown(property, MEMBERS, MEMBERS_PROPERTIES);
            }
        }
        return new MemberCount(
                in.required(members, "members", MEMBERS, start), in.required(asOf, "asOf", MEMBERS, start));
    }

    /**
     * Writes an organisation of the directory.
     *
     * @param g the generator
     * @param listed the entry
     */
    public static void writeListed(JsonGenerator g, ListedOrganisation listed) {
        g.writeStartObject();
        g.writeStringProperty("id", listed.id().value());
        g.writeStringProperty("name", listed.name());
        Out.string(g, "shortName", listed.shortName());
        Out.string(g, "website", listed.website());
        Out.string(g, "city", listed.city());
        Out.text(g, "mission", listed.mission());
        g.writeEndObject();
    }

    /**
     * Reads an organisation of the directory.
     *
     * @param in the cursor
     * @return the entry
     */
    public static ListedOrganisation readListed(In in) {
        TokenStreamLocation start = in.beginObject(LISTED);
        String id = null;
        String name = null;
        String shortName = null;
        URI website = null;
        String city = null;
        Text mission = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "id" -> id = in.string();
                case "name" -> name = in.string();
                case "shortName" -> shortName = in.string();
                case "website" -> website = in.uri();
                case "city" -> city = in.string();
                case "mission" -> mission = TextCodec.read(in);
                default -> in.unknown(property, LISTED, LISTED_PROPERTIES);
            }
        }
        return new ListedOrganisation(
                OrganisationId.of(in.required(id, "id", LISTED, start)),
                in.required(name, "name", LISTED, start),
                shortName,
                website,
                city,
                mission);
    }
}
