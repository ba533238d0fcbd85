package io.github.townhall.organisation;

/**
 * A role on an organisation's board (bureau) or a named responsibility.
 *
 * @since 0.1
 */
public enum BoardRole {
    /** President (président·e). */
    PRESIDENT,

    /** Vice-president (vice-président·e). */
    VICE_PRESIDENT,

    /** Treasurer (trésorier·ère). */
    TREASURER,

    /** Secretary (secrétaire). */
    SECRETARY,

    /** Board member with no office (membre du bureau). */
    MEMBER,

    /** Any other named role, such as a financial referent (référent financier); its title says which. */
    OTHER
}
