/**
 * Helpers shared by townhall's own packages. Not exported; not part of the API.
 */
@NullMarked
package io.github.townhall.internal;

import org.jspecify.annotations.NullMarked;
