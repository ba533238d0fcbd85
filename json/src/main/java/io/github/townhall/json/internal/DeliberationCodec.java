package io.github.townhall.json.internal;

import io.github.townhall.deliberation.Appointment;
import io.github.townhall.deliberation.Commitment;
import io.github.townhall.deliberation.Decision;
import io.github.townhall.deliberation.DecisionBuilder;
import io.github.townhall.deliberation.DecisionId;
import io.github.townhall.deliberation.DecisionMethod;
import io.github.townhall.deliberation.DecisionOutcome;
import io.github.townhall.deliberation.Proposal;
import io.github.townhall.deliberation.ProposalId;
import io.github.townhall.deliberation.ProposalKind;
import io.github.townhall.deliberation.ProposalStatus;
import io.github.townhall.deliberation.VoteTally;
import io.github.townhall.organisation.Party;
import io.github.townhall.organisation.ProjectGroupId;
import io.github.townhall.people.Person;
import io.github.townhall.session.ActionItem;
import io.github.townhall.session.ActionStatus;
import io.github.townhall.session.SessionId;
import io.github.townhall.text.Text;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/** What a session deliberates: proposals, decisions, appointments, commitments, action items. */
public final class DeliberationCodec {
    static final EnumNames<ProposalKind> KINDS = EnumNames.of(ProposalKind.class);
    static final EnumNames<ProposalStatus> STATUSES = EnumNames.of(ProposalStatus.class);
    static final EnumNames<DecisionOutcome> OUTCOMES = EnumNames.of(DecisionOutcome.class);
    static final EnumNames<DecisionMethod> METHODS = EnumNames.of(DecisionMethod.class);
    static final EnumNames<ActionStatus> ACTION_STATUSES = EnumNames.of(ActionStatus.class);

    private static final String PROPOSAL = "a proposal";
    private static final String PROPOSAL_PROPERTIES = "id, kind, title, questions, description, status, proposedBy";
    private static final String DECISION = "a decision";
    private static final String DECISION_PROPERTIES =
            "id, outcome, statement, settles, method, tally, reason, revisit, angle";
    private static final String TALLY = "a vote tally";
    private static final String TALLY_PROPERTIES = "inFavour, against, abstentions";
    private static final String APPOINTMENT = "an appointment";
    private static final String APPOINTMENT_PROPERTIES = "role, appointee, projectGroup, note, appointedBy";
    private static final String COMMITMENT = "a commitment";
    private static final String COMMITMENT_PROPERTIES = "description, committedBy";
    private static final String ACTION = "an action item";
    private static final String ACTION_PROPERTIES = "description, owner, due, status, statusChangedIn";

    private DeliberationCodec() {}

    /**
     * Writes a proposal.
     *
     * @param g the generator
     * @param proposal the proposal
     */
    public static void writeProposal(JsonGenerator g, Proposal proposal) {
        g.writeStartObject();
        g.writeStringProperty("id", proposal.id().value());
        g.writeStringProperty("kind", KINDS.name(proposal.kind()));
        Out.text(g, "title", proposal.title());
        Out.texts(g, "questions", proposal.questions());
        Out.text(g, "description", proposal.description());
        g.writeStringProperty("status", STATUSES.name(proposal.status()));
        Out.object(g, "proposedBy", proposal.proposedBy(), PartyCodec::writeParty);
        g.writeEndObject();
    }

    /**
     * Reads a proposal.
     *
     * @param in the cursor
     * @return the proposal
     */
    public static Proposal readProposal(In in) {
        TokenStreamLocation start = in.beginObject(PROPOSAL);
        String id = null;
        ProposalKind kind = null;
        Text title = null;
        List<Text> questions = List.of();
        Text description = null;
        ProposalStatus status = null;
        Party proposedBy = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "id" -> id = in.string();
                case "kind" -> kind = in.enumeration(KINDS);
                case "title" -> title = TextCodec.read(in);
                case "questions" -> questions = in.list(TextCodec::read);
                case "description" -> description = TextCodec.read(in);
                case "status" -> status = in.enumeration(STATUSES);
                case "proposedBy" -> proposedBy = PartyCodec.readParty(in);
                default -> in.unknown(property, PROPOSAL, PROPOSAL_PROPERTIES);
            }
        }
        return new Proposal(
                ProposalId.of(in.required(id, "id", PROPOSAL, start)),
                in.required(kind, "kind", PROPOSAL, start),
                in.required(title, "title", PROPOSAL, start),
                questions,
                description,
                in.required(status, "status", PROPOSAL, start),
                proposedBy);
    }

    /**
     * Writes a decision.
     *
     * @param g the generator
     * @param decision the decision
     */
    public static void writeDecision(JsonGenerator g, Decision decision) {
        g.writeStartObject();
        g.writeStringProperty("id", decision.id().value());
        g.writeStringProperty("outcome", OUTCOMES.name(decision.outcome()));
        Out.text(g, "statement", decision.statement());
        Out.list(g, "settles", decision.settles(), (out, id) -> out.writeString(id.value()));
        DecisionMethod method = decision.method();
        if (method != null) {
            g.writeStringProperty("method", METHODS.name(method));
        }
        Out.object(g, "tally", decision.tally(), DeliberationCodec::writeTally);
        Out.text(g, "reason", decision.reason());
        Out.text(g, "revisit", decision.revisit());
        Out.text(g, "angle", decision.angle());
        g.writeEndObject();
    }

    /**
     * Reads a decision.
     *
     * @param in the cursor
     * @return the decision
     */
    public static Decision readDecision(In in) {
        TokenStreamLocation start = in.beginObject(DECISION);
        String id = null;
        DecisionOutcome outcome = null;
        Text statement = null;
        DecisionBuilder decision = DecisionBuilder.builder();
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "id" -> id = in.string();
                case "outcome" -> outcome = in.enumeration(OUTCOMES);
                case "statement" -> statement = TextCodec.read(in);
                case "settles" -> decision.settles(in.list(cursor -> ProposalId.of(cursor.string())));
                case "method" -> decision.method(in.enumeration(METHODS));
                case "tally" -> decision.tally(readTally(in));
                case "reason" -> decision.reason(TextCodec.read(in));
                case "revisit" -> decision.revisit(TextCodec.read(in));
                case "angle" -> decision.angle(TextCodec.read(in));
                default -> in.unknown(property, DECISION, DECISION_PROPERTIES);
            }
        }
        return decision.id(DecisionId.of(in.required(id, "id", DECISION, start)))
                .outcome(in.required(outcome, "outcome", DECISION, start))
                .statement(in.required(statement, "statement", DECISION, start))
                .build();
    }

    /**
     * Writes a vote tally.
     *
     * @param g the generator
     * @param tally the tally
     */
    public static void writeTally(JsonGenerator g, VoteTally tally) {
        g.writeStartObject();
        g.writeNumberProperty("inFavour", tally.inFavour());
        g.writeNumberProperty("against", tally.against());
        g.writeNumberProperty("abstentions", tally.abstentions());
        g.writeEndObject();
    }

    /**
     * Reads a vote tally.
     *
     * @param in the cursor
     * @return the tally
     */
    public static VoteTally readTally(In in) {
        TokenStreamLocation start = in.beginObject(TALLY);
        Integer inFavour = null;
        Integer against = null;
        Integer abstentions = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "inFavour" -> inFavour = in.integer();
                case "against" -> against = in.integer();
                case "abstentions" -> abstentions = in.integer();
                default -> in.unknown(property, TALLY, TALLY_PROPERTIES);
            }
        }
        return new VoteTally(
                in.required(inFavour, "inFavour", TALLY, start),
                in.required(against, "against", TALLY, start),
                in.required(abstentions, "abstentions", TALLY, start));
    }

    /**
     * Writes an appointment.
     *
     * @param g the generator
     * @param appointment the appointment
     */
    public static void writeAppointment(JsonGenerator g, Appointment appointment) {
        g.writeStartObject();
        Out.text(g, "role", appointment.role());
        Out.object(g, "appointee", appointment.appointee(), PeopleCodec::writePerson);
        Out.string(g, "projectGroup", appointment.projectGroup());
        Out.text(g, "note", appointment.note());
        Out.object(g, "appointedBy", appointment.appointedBy(), PartyCodec::writeParty);
        g.writeEndObject();
    }

    /**
     * Reads an appointment.
     *
     * @param in the cursor
     * @return the appointment
     */
    public static Appointment readAppointment(In in) {
        TokenStreamLocation start = in.beginObject(APPOINTMENT);
        Text role = null;
        Person appointee = null;
        ProjectGroupId group = null;
        Text note = null;
        Party appointedBy = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "role" -> role = TextCodec.read(in);
                case "appointee" -> appointee = PeopleCodec.readPerson(in);
                case "projectGroup" -> group = ProjectGroupId.of(in.string());
                case "note" -> note = TextCodec.read(in);
                case "appointedBy" -> appointedBy = PartyCodec.readParty(in);
                default -> in.unknown(property, APPOINTMENT, APPOINTMENT_PROPERTIES);
            }
        }
        return new Appointment(in.required(role, "role", APPOINTMENT, start), appointee, group, note, appointedBy);
    }

    /**
     * Writes a commitment.
     *
     * @param g the generator
     * @param commitment the commitment
     */
    public static void writeCommitment(JsonGenerator g, Commitment commitment) {
        g.writeStartObject();
        Out.text(g, "description", commitment.description());
        Out.text(g, "committedBy", commitment.committedBy());
        g.writeEndObject();
    }

    /**
     * Reads a commitment.
     *
     * @param in the cursor
     * @return the commitment
     */
    public static Commitment readCommitment(In in) {
        TokenStreamLocation start = in.beginObject(COMMITMENT);
        Text description = null;
        Text committedBy = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "description" -> description = TextCodec.read(in);
                case "committedBy" -> committedBy = TextCodec.read(in);
                default -> in.unknown(property, COMMITMENT, COMMITMENT_PROPERTIES);
            }
        }
        return new Commitment(in.required(description, "description", COMMITMENT, start), committedBy);
    }

    /**
     * Writes an action item; status {@code open}, the default, is left out.
     *
     * @param g the generator
     * @param item the item
     */
    public static void writeAction(JsonGenerator g, ActionItem item) {
        g.writeStartObject();
        Out.text(g, "description", item.description());
        Out.object(g, "owner", item.owner(), PartyCodec::writeParty);
        Out.string(g, "due", item.due());
        if (item.status() != ActionStatus.OPEN) {
            g.writeStringProperty("status", ACTION_STATUSES.name(item.status()));
        }
        Out.string(g, "statusChangedIn", item.statusChangedIn());
        g.writeEndObject();
    }

    /**
     * Reads an action item. An {@code owner} that is a string is the {@code townhall/1} form, read
     * as a party known by that name; a {@code townhall/1.1} document has a party object there.
     *
     * @param in the cursor
     * @return the item
     */
    public static ActionItem readAction(In in) {
        TokenStreamLocation start = in.beginObject(ACTION);
        Text description = null;
        Party owner = null;
        LocalDate due = null;
        ActionStatus status = ActionStatus.OPEN;
        SessionId statusChangedIn = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "description" -> description = TextCodec.read(in);
                case "owner" -> owner = readOwner(in);
                case "due" -> due = in.date();
                case "status" -> status = in.enumeration(ACTION_STATUSES);
                case "statusChangedIn" -> statusChangedIn = SessionId.of(in.string());
                default -> in.unknown(property, ACTION, ACTION_PROPERTIES);
            }
        }
        return new ActionItem(
                in.required(description, "description", ACTION, start), owner, due, status, statusChangedIn);
    }

    private static Party readOwner(In in) {
        if (in.parser().currentToken() == JsonToken.VALUE_STRING) {
            String name = in.string();
            in.earlierForm("In a townhall/1.1 document, an action item's owner is a party such as {\"name\": \"" + name
                    + "\"}, not a string (the townhall/1 form).");
            return Party.named(name);
        }
        return PartyCodec.readParty(in);
    }
}
