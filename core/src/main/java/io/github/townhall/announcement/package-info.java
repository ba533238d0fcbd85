/**
 * Announcements: dated public messages of an organisation, optionally about a session.
 *
 * <pre>{@code
 * Announcement tweet = new Announcement(AnnouncementId.of("2017-11-09"), OrganisationId.of("imp-acte"),
 *         LocalDate.of(2017, 11, 9), Text.fr("Venez vous joindre à nous le mardi 14 novembre à 18h"),
 *         null, SessionId.of("imp-acte-2017-11-14"), "Twitter");
 * }</pre>
 */
@NullMarked
package io.github.townhall.announcement;

import org.jspecify.annotations.NullMarked;
