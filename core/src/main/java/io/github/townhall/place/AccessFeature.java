package io.github.townhall.place;

/**
 * What makes a session or venue accessible (accessibilité), as data that feeds and pages can show.
 *
 * @since 0.1
 */
public enum AccessFeature {
    /** Step-free access: ramps, lift, no stairs (accès de plain-pied, PMR). */
    STEP_FREE,

    /** A hearing loop (boucle à induction magnétique). */
    HEARING_LOOP,

    /** Sign-language interpretation (interprétation en LSF). */
    SIGN_LANGUAGE,

    /** Live captioning (sous-titrage en direct, vélotypie). */
    LIVE_CAPTIONS,

    /** Easy-to-read documents (documents en FALC, facile à lire et à comprendre). */
    EASY_READ,

    /** Childcare during the session (garde d'enfants). */
    CHILDCARE,

    /** A quiet room to rest in (espace calme). */
    QUIET_ROOM
}
