/**
 * Archives: an organisation with its cycles, sessions and announcements, the unit that is
 * validated, written as one JSON document and published as feeds.
 *
 * <pre>{@code
 * Archive archive = Archive.builder(organisation).addCycle(cycle).addSession(session).build();
 * archive.sessionsOf(cycle.id()).forEach(s -> System.out.println(s.label().map(Text::original).orElse("")));
 * }</pre>
 */
@NullMarked
package io.github.townhall.archive;

import org.jspecify.annotations.NullMarked;
