package io.github.townhall.id;

/**
 * The common supertype of townhall's identifiers: {@code SessionId}, {@code OrganisationId},
 * {@code CycleId}, {@code ProposalId}, {@code DecisionId}, {@code ProjectGroupId} and
 * {@code AnnouncementId}. An identifier is a stable value chosen by the caller; {@link Identifier}
 * checks it.
 *
 * @since 0.1
 */
public interface Id {
    /**
     * Returns the identifier's value.
     *
     * @return the value, not null
     */
    String value();
}
