package io.github.townhall.id;

/**
 * The common supertype of townhall's identifiers: {@code SessionId}, {@code OrganisationId},
 * {@code CycleId}, {@code ProposalId}, {@code DecisionId}, {@code ProjectGroupId} and
 * {@code AnnouncementId}. An identifier is a stable value chosen by the caller; {@link Identifier}
 * checks it. Identifiers never change once published: calendar UIDs and JSON references are made
 * from them. townhall never generates one; pass your database key, a slug or a UUID you made.
 *
 * @since 0.1
 */
public interface Id {
    /** {@return the identifier's value, not null} */
    String value();
}
