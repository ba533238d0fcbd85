package io.github.townhall.organisation;

/**
 * Whether a board change has been declared to the authority that must know of it (the Préfecture for a French association).
 *
 * @since 0.1
 */
public enum DeclarationStatus {
    /** No declaration is needed. */
    NOT_REQUIRED,

    /** Decided, not yet declared (déclaration à faire). */
    PENDING,

    /** Declared (déclaré). */
    DECLARED
}
