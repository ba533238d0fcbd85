package io.github.townhall.session;

/**
 * No minutes are planned or known (pas de compte-rendu). Use {@link Minutes#none()}.
 *
 * @since 0.1
 */
public record NoMinutes() implements Minutes {
    static final NoMinutes INSTANCE = new NoMinutes();
}
