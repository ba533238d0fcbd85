package io.github.townhall.session;

/**
 * Who may see a session. Members-only sessions stay out of public feeds.
 *
 * @since 0.1
 */
public enum Visibility {
    /** Anyone (public). */
    PUBLIC,

    /** Members of the organisation only (réservé aux adhérents). */
    MEMBERS_ONLY
}
