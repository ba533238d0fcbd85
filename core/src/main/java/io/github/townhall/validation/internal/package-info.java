/**
 * The message interpolator and the path and value printing of the validation facade. Not
 * exported; not part of the API. The constraints' validators are not here: each is nested in its
 * constraint, beside the type it checks.
 */
@NullMarked
package io.github.townhall.validation.internal;

import org.jspecify.annotations.NullMarked;
