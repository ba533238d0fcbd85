/**
 * Organisations (associations, institutes, collectives): their purposes, board, board changes
 * pending a declaration, project groups and quorum; the other organisations an archive lists in
 * its directory, and {@link io.github.townhall.organisation.Party}, a reference to who did
 * something.
 *
 * <pre>{@code
 * Organisation impacte = Organisation.builder(OrganisationId.of("imp-acte"), "IMP'acte")
 *         .city("Rennes")
 *         .addPurposes(Text.fr("Être un lieu ressource"))
 *         .addBoard(RoleAssignment.of(BoardRole.PRESIDENT, Person.of("Camille Martin"), LocalDate.of(2017, 1, 1)))
 *         .quorum(Quorum.share(new BigDecimal("0.5")))
 *         .members(MemberCount.of(24, LocalDate.of(2017, 9, 1)))
 *         .build();
 * ListedOrganisation college = ListedOrganisation.of(OrganisationId.of("college-cooperatif"), "Collège Coopératif en Bretagne");
 * Partnership host = Partnership.of(college.id(), PartnerRole.HOST);
 * Party owner = Party.group(ProjectGroupId.of("groupe-projet-1"));
 * }</pre>
 */
@NullMarked
package io.github.townhall.organisation;

import org.jspecify.annotations.NullMarked;
