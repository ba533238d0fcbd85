/**
 * Classes made to break each of the core's architecture rules, one rule each, so that the rules
 * are shown to fail (see {@code CorePurityTest}). Never used by anything else.
 */
package io.github.townhall.architecture.broken;
