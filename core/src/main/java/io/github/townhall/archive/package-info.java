/**
 * Archives: an organisation with its cycles, sessions and announcements, its directory of other
 * organisations and its register of people; the unit that is validated, written as one JSON
 * document and published as feeds. Operations on personal data (publication, erasure,
 * pseudonymisation) work on a whole archive.
 *
 * <pre>{@code
 * Archive archive = Archive.builder(organisation).addCycles(cycle).addSessions(session).build();
 * archive.sessionsOf(cycle.id()).forEach(s -> System.out.println(s.label()));
 * Map<SessionId, List<ActionItem>> toFollowUp = archive.openActionItems();
 * Archive publishable = archive.withoutPersonalData();
 * Archive erased = archive.erase(PersonId.of("p-17"));
 * }</pre>
 */
@NullMarked
package io.github.townhall.archive;

import org.jspecify.annotations.NullMarked;
