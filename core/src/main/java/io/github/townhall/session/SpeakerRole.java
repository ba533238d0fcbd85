package io.github.townhall.session;

/**
 * The part a person plays in one session.
 *
 * @since 0.1
 */
public enum SpeakerRole {
    /** Gives a talk or a testimony on the theme (intervenant). */
    SPEAKER,

    /** Chairs the debate and gives the floor (modérateur, animateur du débat). */
    MODERATOR,

    /** Observes and sums up at the end (grand témoin). */
    WITNESS,

    /** Runs the participatory methods (facilitateur). */
    FACILITATOR
}
