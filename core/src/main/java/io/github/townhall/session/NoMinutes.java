package io.github.townhall.session;

/** No minutes are planned or known (pas de compte-rendu). Use {@link Minutes#none()}. */
public record NoMinutes() implements Minutes {
    static final NoMinutes INSTANCE = new NoMinutes();
}
