/**
 * Organisations (associations, institutes, collectives): their purposes, board, board changes
 * pending a declaration, and project groups.
 *
 * <pre>{@code
 * Organisation impacte = Organisation.builder(OrganisationId.of("imp-acte"), "IMP'acte")
 *         .city("Rennes")
 *         .addPurpose(Text.fr("Être un lieu ressource"))
 *         .addBoardMember(RoleAssignment.of(BoardRole.PRESIDENT, Person.of("Camille Martin"), LocalDate.of(2017, 1, 1)))
 *         .build();
 * }</pre>
 */
@NullMarked
package io.github.townhall.organisation;

import org.jspecify.annotations.NullMarked;
