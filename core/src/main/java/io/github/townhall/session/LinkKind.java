package io.github.townhall.session;

/**
 * What a link points to.
 *
 * @since 0.1
 */
public enum LinkKind {
    /** A related resource (page, article, dossier). */
    RELATED,

    /** An event of a partner that this session echoes or prolongs (rencontre en résonance). */
    PARTNER_EVENT,

    /** A document of the session (slides, report, handout). */
    DOCUMENT,

    /** A recording, a video or photographs. */
    MEDIA
}
