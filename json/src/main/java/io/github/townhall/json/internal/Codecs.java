package io.github.townhall.json.internal;

import io.github.townhall.announcement.Announcement;
import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.deliberation.Appointment;
import io.github.townhall.deliberation.Commitment;
import io.github.townhall.deliberation.Decision;
import io.github.townhall.deliberation.Proposal;
import io.github.townhall.deliberation.VoteTally;
import io.github.townhall.organisation.BoardChange;
import io.github.townhall.organisation.ListedOrganisation;
import io.github.townhall.organisation.MemberCount;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.Partnership;
import io.github.townhall.organisation.Party;
import io.github.townhall.organisation.ProjectGroup;
import io.github.townhall.organisation.Quorum;
import io.github.townhall.organisation.RoleAssignment;
import io.github.townhall.people.Affiliation;
import io.github.townhall.people.ContactPoint;
import io.github.townhall.people.Person;
import io.github.townhall.place.GeoPoint;
import io.github.townhall.place.Venue;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.session.ActionItem;
import io.github.townhall.session.Admission;
import io.github.townhall.session.AgendaItem;
import io.github.townhall.session.Attendance;
import io.github.townhall.session.Attendee;
import io.github.townhall.session.CyclePosition;
import io.github.townhall.session.HeadCount;
import io.github.townhall.session.Link;
import io.github.townhall.session.Minutes;
import io.github.townhall.session.NextSession;
import io.github.townhall.session.PracticalDetails;
import io.github.townhall.session.ProfileCount;
import io.github.townhall.session.Registration;
import io.github.townhall.session.Revision;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionRole;
import io.github.townhall.session.Speaker;
import io.github.townhall.text.Text;
import java.util.List;

/** Every type the JSON format knows, with its codec. */
public final class Codecs {
    /** The codecs, the document first. */
    public static final List<Codec<?>> ALL = List.of(
            new Codec<>(Archive.class, ArchiveCodec::write, ArchiveCodec::read),
            new Codec<>(Organisation.class, OrganisationCodec::write, OrganisationCodec::read),
            new Codec<>(RoleAssignment.class, OrganisationCodec::writeAssignment, OrganisationCodec::readAssignment),
            new Codec<>(BoardChange.class, OrganisationCodec::writeChange, OrganisationCodec::readChange),
            new Codec<>(ProjectGroup.class, OrganisationCodec::writeGroup, OrganisationCodec::readGroup),
            new Codec<>(Cycle.class, CycleCodec::write, CycleCodec::read),
            new Codec<>(Session.class, SessionCodec::write, SessionCodec::read),
            new Codec<>(CyclePosition.class, SessionCodec::writePosition, SessionCodec::readPosition),
            new Codec<>(Speaker.class, SessionCodec::writeSpeaker, SessionCodec::readSpeaker),
            new Codec<>(Attendance.class, SessionCodec::writeAttendance, SessionCodec::readAttendance),
            new Codec<>(HeadCount.class, SessionCodec::writeCount, SessionCodec::readCount),
            new Codec<>(ProfileCount.class, SessionCodec::writeProfile, SessionCodec::readProfile),
            new Codec<>(AgendaItem.class, SessionCodec::writeItem, SessionCodec::readItem),
            new Codec<>(Link.class, SessionCodec::writeLink, SessionCodec::readLink),
            new Codec<>(NextSession.class, SessionCodec::writeNext, SessionCodec::readNext),
            new Codec<>(Registration.class, SessionCodec::writeRegistration, SessionCodec::readRegistration),
            new Codec<>(Revision.class, SessionCodec::writeRevision, SessionCodec::readRevision),
            new Codec<>(Minutes.class, MinutesCodec::write, MinutesCodec::read),
            new Codec<>(Schedule.class, ScheduleCodec::write, ScheduleCodec::read),
            new Codec<>(Venue.class, PlaceCodec::writeVenue, PlaceCodec::readVenue),
            new Codec<>(GeoPoint.class, PlaceCodec::writePoint, PlaceCodec::readPoint),
            new Codec<>(Person.class, PeopleCodec::writePerson, PeopleCodec::readPerson),
            new Codec<>(Affiliation.class, PeopleCodec::writeAffiliation, PeopleCodec::readAffiliation),
            new Codec<>(Text.class, TextCodec::write, TextCodec::read),
            new Codec<>(Proposal.class, DeliberationCodec::writeProposal, DeliberationCodec::readProposal),
            new Codec<>(Decision.class, DeliberationCodec::writeDecision, DeliberationCodec::readDecision),
            new Codec<>(VoteTally.class, DeliberationCodec::writeTally, DeliberationCodec::readTally),
            new Codec<>(Appointment.class, DeliberationCodec::writeAppointment, DeliberationCodec::readAppointment),
            new Codec<>(Commitment.class, DeliberationCodec::writeCommitment, DeliberationCodec::readCommitment),
            new Codec<>(ActionItem.class, DeliberationCodec::writeAction, DeliberationCodec::readAction),
            new Codec<>(Announcement.class, AnnouncementCodec::write, AnnouncementCodec::read),
            new Codec<>(ListedOrganisation.class, OrganisationCodec::writeListed, OrganisationCodec::readListed),
            new Codec<>(Quorum.class, OrganisationCodec::writeQuorum, OrganisationCodec::readQuorum),
            new Codec<>(MemberCount.class, OrganisationCodec::writeMembers, OrganisationCodec::readMembers),
            new Codec<>(Party.class, PartyCodec::writeParty, PartyCodec::readParty),
            new Codec<>(Partnership.class, PartyCodec::writePartnership, PartyCodec::readPartnership),
            new Codec<>(ContactPoint.class, PeopleCodec::writeContact, PeopleCodec::readContact),
            new Codec<>(SessionRole.class, SessionCodec::writeRole, SessionCodec::readRole),
            new Codec<>(Attendee.class, SessionCodec::writeAttendee, SessionCodec::readAttendee),
            new Codec<>(PracticalDetails.class, PracticalCodec::write, PracticalCodec::read),
            new Codec<>(Admission.class, PracticalCodec::writeAdmission, PracticalCodec::readAdmission));

    private Codecs() {}
}
