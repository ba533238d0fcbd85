package io.github.townhall.benchmarks;

import io.github.townhall.deliberation.Appointment;
import io.github.townhall.deliberation.Commitment;
import io.github.townhall.deliberation.Decision;
import io.github.townhall.deliberation.DecisionMethod;
import io.github.townhall.deliberation.Proposal;
import io.github.townhall.deliberation.ProposalId;
import io.github.townhall.deliberation.VoteTally;
import io.github.townhall.organisation.Party;
import io.github.townhall.people.Affiliation;
import io.github.townhall.people.Person;
import io.github.townhall.place.GeoPoint;
import io.github.townhall.place.Venue;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.schedule.OpenEndedSchedule;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.session.ActionItem;
import io.github.townhall.session.AgendaItem;
import io.github.townhall.session.ApprovedMinutes;
import io.github.townhall.session.Attendance;
import io.github.townhall.session.CyclePosition;
import io.github.townhall.session.DraftMinutes;
import io.github.townhall.session.ExactCount;
import io.github.townhall.session.HeadCount;
import io.github.townhall.session.Link;
import io.github.townhall.session.Minutes;
import io.github.townhall.session.NextSession;
import io.github.townhall.session.PendingMinutes;
import io.github.townhall.session.ProfileCount;
import io.github.townhall.session.PublishedMinutes;
import io.github.townhall.session.Registration;
import io.github.townhall.session.Revision;
import io.github.townhall.session.Session;
import io.github.townhall.session.Speaker;
import io.github.townhall.text.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Maps a townhall session to {@link SameGraph}, value for value. The only place that reads
 * townhall's model for that baseline: when core's accessors change, this file is what to port.
 */
final class SameGraphMapping {
    private SameGraphMapping() {}

    /**
     * Maps a session and everything it holds.
     *
     * @param session the townhall session
     * @return the same values as the baseline's classes
     */
    static SameGraph.Session session(Session session) {
        SameGraph.Session out = new SameGraph.Session(
                session.id().value(), session.organisation().value(), schedule(session.schedule()));
        CyclePosition cycle = session.cycle();
        out.cycle =
                cycle == null ? null : new SameGraph.CyclePosition(cycle.cycle().value(), cycle.ordinal());
        out.format = SameGraph.SessionFormat.valueOf(session.format().name());
        out.status = SameGraph.SessionStatus.valueOf(session.status().name());
        out.visibility = SameGraph.Visibility.valueOf(session.visibility().name());
        out.title = text(session.title());
        out.questions = list(session.questions(), SameGraphMapping::text);
        out.description = text(session.description());
        out.venue = venue(session.venue());
        out.speakers = list(session.speakers(), SameGraphMapping::speaker);
        out.attendance = attendance(session.attendance());
        out.agenda = list(session.agenda(), SameGraphMapping::agendaItem);
        out.proposals = list(session.proposals(), SameGraphMapping::proposal);
        out.decisions = list(session.decisions(), SameGraphMapping::decision);
        out.appointments = list(session.appointments(), SameGraphMapping::appointment);
        out.commitments = list(session.commitments(), SameGraphMapping::commitment);
        out.actionItems = list(session.actionItems(), SameGraphMapping::actionItem);
        out.minutes = minutes(session.minutes());
        out.links = list(session.links(), SameGraphMapping::link);
        NextSession next = session.nextSession();
        out.nextSession = next == null
                ? null
                : new SameGraph.NextSession(
                        next.session() == null ? null : next.session().value(),
                        schedule(next.schedule()),
                        venue(next.venue()),
                        text(next.topic()));
        Registration registration = session.registration();
        out.registration = registration == null
                ? null
                : new SameGraph.Registration(registration.required(), registration.capacity(), registration.link());
        Revision revision = session.revision();
        out.revision = new SameGraph.Revision(revision.number(), revision.created(), revision.modified());
        return out;
    }

    private static SameGraph.Schedule schedule(Schedule schedule) {
        if (schedule instanceof ExactSchedule exact) {
            return new SameGraph.ExactSchedule(exact.start(), exact.end(), exact.zone());
        } else if (schedule instanceof OpenEndedSchedule open) {
            return new SameGraph.OpenEndedSchedule(open.start(), open.zone());
        }
        TentativeSchedule tentative = (TentativeSchedule) schedule;
        return new SameGraph.TentativeSchedule(tentative.from(), tentative.to());
    }

    private static SameGraph.@Nullable Text text(@Nullable Text text) {
        return text == null ? null : new SameGraph.Text(text.originalLanguage(), new LinkedHashMap<>(text.values()));
    }

    private static SameGraph.@Nullable Venue venue(@Nullable Venue venue) {
        if (venue == null) {
            return null;
        }
        SameGraph.Venue out = new SameGraph.Venue();
        out.name = venue.name();
        out.room = venue.room();
        out.building = venue.building();
        out.street = venue.street();
        out.postalCode = venue.postalCode();
        out.city = venue.city();
        out.country = venue.country();
        GeoPoint coordinates = venue.coordinates();
        out.coordinates =
                coordinates == null ? null : new SameGraph.GeoPoint(coordinates.latitude(), coordinates.longitude());
        out.onlineLink = venue.onlineLink();
        out.organisation =
                venue.organisation() == null ? null : venue.organisation().value();
        return out;
    }

    private static SameGraph.Speaker speaker(Speaker speaker) {
        return new SameGraph.Speaker(
                person(speaker.person()),
                SameGraph.SpeakerRole.valueOf(speaker.role().name()),
                speaker.organisation() == null ? null : speaker.organisation().value());
    }

    private static SameGraph.@Nullable Person person(@Nullable Person person) {
        if (person == null) {
            return null;
        }
        SameGraph.Person out = new SameGraph.Person(person.name());
        out.city = person.city();
        out.title = text(person.title());
        Affiliation affiliation = person.affiliation();
        out.affiliation =
                affiliation == null ? null : new SameGraph.Affiliation(affiliation.name(), text(affiliation.mission()));
        out.background = text(person.background());
        out.id = person.id() == null ? null : person.id().value();
        return out;
    }

    private static SameGraph.@Nullable Attendance attendance(@Nullable Attendance attendance) {
        if (attendance == null) {
            return null;
        }
        HeadCount count = attendance.count();
        SameGraph.HeadCount total = count == null
                ? null
                : count instanceof ExactCount
                        ? new SameGraph.ExactCount(count.value())
                        : new SameGraph.ApproximateCount(count.value());
        return new SameGraph.Attendance(
                total, list(attendance.profiles(), SameGraphMapping::profileCount), text(attendance.note()));
    }

    private static SameGraph.ProfileCount profileCount(ProfileCount profile) {
        return new SameGraph.ProfileCount(text(profile.profile()), profile.count());
    }

    private static SameGraph.AgendaItem agendaItem(AgendaItem item) {
        return new SameGraph.AgendaItem(
                text(item.title()),
                item.duration(),
                text(item.notes()),
                list(item.items(), SameGraphMapping::agendaItem));
    }

    private static SameGraph.Proposal proposal(Proposal proposal) {
        return new SameGraph.Proposal(
                proposal.id().value(),
                SameGraph.ProposalKind.valueOf(proposal.kind().name()),
                text(proposal.title()),
                list(proposal.questions(), SameGraphMapping::text),
                text(proposal.description()),
                SameGraph.ProposalStatus.valueOf(proposal.status().name()));
    }

    private static SameGraph.Decision decision(Decision decision) {
        SameGraph.Decision out = new SameGraph.Decision(
                decision.id().value(),
                SameGraph.DecisionOutcome.valueOf(decision.outcome().name()),
                text(decision.statement()));
        out.settles = list(decision.settles(), ProposalId::value);
        DecisionMethod method = decision.method();
        out.method = method == null ? null : SameGraph.DecisionMethod.valueOf(method.name());
        VoteTally tally = decision.tally();
        out.tally =
                tally == null ? null : new SameGraph.VoteTally(tally.inFavour(), tally.against(), tally.abstentions());
        out.reason = text(decision.reason());
        out.revisit = text(decision.revisit());
        out.angle = text(decision.angle());
        return out;
    }

    private static SameGraph.Appointment appointment(Appointment appointment) {
        return new SameGraph.Appointment(
                text(appointment.role()),
                person(appointment.appointee()),
                appointment.projectGroup() == null
                        ? null
                        : appointment.projectGroup().value(),
                text(appointment.note()));
    }

    private static SameGraph.Commitment commitment(Commitment commitment) {
        return new SameGraph.Commitment(text(commitment.description()), text(commitment.committedBy()));
    }

    private static SameGraph.ActionItem actionItem(ActionItem item) {
        return new SameGraph.ActionItem(
                text(item.description()),
                item.owner() instanceof Party.Named named ? new SameGraph.NamedParty(named.name()) : null,
                item.due());
    }

    private static SameGraph.Minutes minutes(Minutes minutes) {
        if (minutes instanceof PendingMinutes pending) {
            return new SameGraph.PendingMinutes(text(pending.note()), pending.expectedAt());
        } else if (minutes instanceof DraftMinutes draft) {
            return new SameGraph.DraftMinutes(text(draft.text()), draft.draftedOn());
        } else if (minutes instanceof ApprovedMinutes approved) {
            return new SameGraph.ApprovedMinutes(
                    text(approved.text()),
                    approved.approvedOn(),
                    approved.approvedBySession() == null
                            ? null
                            : approved.approvedBySession().value(),
                    approved.approvedByDecision() == null
                            ? null
                            : approved.approvedByDecision().value());
        } else if (minutes instanceof PublishedMinutes published) {
            return new SameGraph.PublishedMinutes(
                    text(published.title()), published.link(), published.publishedOn(), text(published.text()));
        }
        return new SameGraph.NoMinutes();
    }

    private static SameGraph.Link link(Link link) {
        return new SameGraph.Link(
                SameGraph.LinkKind.valueOf(link.kind().name()),
                text(link.title()),
                link.uri(),
                text(link.description()));
    }

    private static <T, R> List<R> list(List<T> values, Function<T, R> mapping) {
        return values.stream().map(mapping).toList();
    }
}
