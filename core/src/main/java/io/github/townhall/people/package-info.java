/**
 * People: speakers (intervenants), board members, referents, the register of people an archive
 * refers to by {@link io.github.townhall.people.PersonId}, and contact points. Names are personal
 * data: see {@link io.github.townhall.archive.Archive#withoutPersonalData()}.
 *
 * <pre>{@code
 * Person celine = Person.builder("Céline Soupène-Martin")
 *         .city("Toulouse")
 *         .title(Text.fr("formatrice pôle social"))
 *         .build();
 * Person anne = Person.of("Anne Durand").withId(PersonId.of("p-17"));
 * }</pre>
 */
@NullMarked
package io.github.townhall.people;

import org.jspecify.annotations.NullMarked;
