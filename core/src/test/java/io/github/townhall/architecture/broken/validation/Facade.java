package io.github.townhall.architecture.broken.validation;

/** Stands for the validation facade, which the model must not use. */
public final class Facade {
    private Facade() {}
}
