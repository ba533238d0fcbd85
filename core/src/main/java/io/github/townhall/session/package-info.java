/**
 * Sessions (séances, rencontres, soirées-débat) and their parts: format, status, speakers,
 * attendance (head count, profiles, attendance list), roles, agenda, action items and their
 * follow-up, practical details, minutes, links, the next session, revisions and earlier schedules.
 *
 * <pre>{@code
 * Session session = Session.builder(SessionId.of("imp-acte-2017-12-05"), OrganisationId.of("imp-acte"),
 *                 OpenEndedSchedule.of(LocalDate.of(2017, 12, 5), LocalTime.of(18, 0), ZoneId.of("Europe/Paris")))
 *         .format(SessionFormat.WORKING_MEETING)
 *         .status(SessionStatus.HELD)
 *         .title(Text.fr("L'organisation de soirées-débat"))
 *         .attendance(Attendance.of(HeadCount.exactly(7)))
 *         .addRoles(SessionRole.of(MeetingRole.SECRETARY, Party.person(PersonId.of("p-17"))))
 *         .addActionItems(ActionItem.of(Text.fr("Préciser la thématique")).withOwner(Party.meeting()))
 *         .practical(PracticalDetails.builder().admission(Admission.free()).addLanguages(Locale.FRENCH).build())
 *         .build();
 * Session moved = session.rescheduled(
 *         OpenEndedSchedule.of(LocalDate.of(2017, 12, 12), LocalTime.of(18, 0), ZoneId.of("Europe/Paris")),
 *         Instant.parse("2017-12-01T09:00:00Z")); // the old schedule joins earlierSchedules()
 * }</pre>
 */
@NullMarked
package io.github.townhall.session;

import org.jspecify.annotations.NullMarked;
