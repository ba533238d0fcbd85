/**
 * Sessions (séances, rencontres, soirées-débat) and their parts: format, status, speakers,
 * attendance, agenda, minutes, links, the next session and revisions.
 *
 * <pre>{@code
 * Session session = Session.builder(SessionId.of("imp-acte-2017-12-05"), OrganisationId.of("imp-acte"),
 *                 OpenEndedSchedule.of(LocalDate.of(2017, 12, 5), LocalTime.of(18, 0), ZoneId.of("Europe/Paris")))
 *         .format(SessionFormat.WORKING_MEETING)
 *         .status(SessionStatus.HELD)
 *         .title(Text.fr("L'organisation de soirées-débat"))
 *         .attendance(Attendance.of(HeadCount.exactly(7)))
 *         .build();
 * }</pre>
 */
@NullMarked
package io.github.townhall.session;

import org.jspecify.annotations.NullMarked;
