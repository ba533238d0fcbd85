package io.github.townhall.organisation;

/**
 * What another organisation does for a session or cycle.
 *
 * @since 0.1
 */
public enum PartnerRole {
    /** Hosts it in its premises (accueille). */
    HOST,

    /** Organises it with the organiser (co-organisateur). */
    CO_ORGANISER,

    /** Supports it as a partner (partenaire). */
    PARTNER,

    /** Funds it (financeur). */
    FUNDER
}
