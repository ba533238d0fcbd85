/**
 * People: speakers (intervenants), board members, referents, and the organisations they belong to.
 *
 * <pre>{@code
 * Person patrick = Person.builder("Patrick Bodart")
 *         .affiliation(Affiliation.of("association Periferia",
 *                 Text.fr("pour encourager la rencontre et l'action entre les différents acteurs")))
 *         .build();
 * }</pre>
 */
@NullMarked
package io.github.townhall.people;

import org.jspecify.annotations.NullMarked;
