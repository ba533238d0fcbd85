/**
 * The {@code ConstraintValidator} implementations of townhall's constraints, and the message
 * interpolator of the validation facade. Not exported (opened for the validation provider to
 * instantiate the validators); not part of the API.
 */
@NullMarked
package io.github.townhall.validation.internal;

import org.jspecify.annotations.NullMarked;
