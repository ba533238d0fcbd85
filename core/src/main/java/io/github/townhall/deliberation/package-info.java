/**
 * What a session deliberates: proposals (themes and actions), decisions with their method and
 * tally, appointments, commitments and action items.
 *
 * <pre>{@code
 * Proposal debates = Proposal.action(ProposalId.of("soirees-debat"), Text.fr("Réalisation de soirées-débat thématiques"))
 *         .withStatus(ProposalStatus.SELECTED);
 * Decision adopted = Decision.builder(DecisionId.of("d1"), DecisionOutcome.ADOPTED,
 *                 Text.fr("Nous avons acté la réalisation de soirées-débat thématiques."))
 *         .addSettles(debates.id())
 *         .method(DecisionMethod.CONSENSUS)
 *         .build();
 * }</pre>
 */
@NullMarked
package io.github.townhall.deliberation;

import org.jspecify.annotations.NullMarked;
