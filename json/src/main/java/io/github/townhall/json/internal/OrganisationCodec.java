package io.github.townhall.json.internal;

import io.github.townhall.organisation.BoardChange;
import io.github.townhall.organisation.BoardRole;
import io.github.townhall.organisation.DeclarationStatus;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationBuilder;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.organisation.ProjectGroup;
import io.github.townhall.organisation.ProjectGroupId;
import io.github.townhall.organisation.RoleAssignment;
import io.github.townhall.people.Person;
import io.github.townhall.text.Text;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;

/** Organisations, their board, board changes and project groups. */
public final class OrganisationCodec {
    static final EnumNames<BoardRole> ROLES = EnumNames.of(BoardRole.class);
    static final EnumNames<DeclarationStatus> DECLARATIONS = EnumNames.of(DeclarationStatus.class);

    private static final String ORGANISATION = "an organisation";
    private static final String ORGANISATION_PROPERTIES = "id, name, shortName, city, country, website, email,"
            + " description, purposes, board, boardChanges, projectGroups";
    private static final String ASSIGNMENT = "a role assignment";
    private static final String ASSIGNMENT_PROPERTIES = "role, title, holder, from, until";
    private static final String CHANGE = "a board change";
    private static final String CHANGE_PROPERTIES = "description, assignments, authority, declaration, declaredOn";
    private static final String GROUP = "a project group";
    private static final String GROUP_PROPERTIES = "id, name, description, referents";

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
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "id" -> id = in.string();
                case "name" -> name = TextCodec.read(in);
                case "description" -> description = TextCodec.read(in);
                case "referents" -> referents = in.list(OrganisationCodec::readAssignment);
                default -> in.unknown(property, GROUP, GROUP_PROPERTIES);
            }
        }
        return new ProjectGroup(
                ProjectGroupId.of(in.required(id, "id", GROUP, start)),
                in.required(name, "name", GROUP, start),
                description,
                referents);
    }
}
