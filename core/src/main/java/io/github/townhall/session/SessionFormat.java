package io.github.townhall.session;

/**
 * What kind of gathering a session is.
 *
 * @since 0.1
 */
public enum SessionFormat {
    /** A working meeting of the organisation itself (réunion de travail, rencontre de l'association). */
    WORKING_MEETING,

    /** A public thematic debate evening (soirée-débat thématique). */
    DEBATE_EVENING,

    /** A thematic workshop run for a partner structure (animation thématique). */
    THEMATIC_WORKSHOP,

    /** A meeting of a network of practitioners (rencontre de réseau). */
    NETWORK_MEETING,

    /** A founding or constituent meeting (réunion constitutive). */
    FOUNDING_MEETING,

    /** Any other kind of gathering; the description says which. */
    OTHER
}
