/**
 * JSON reading and writing of townhall records.
 *
 * <p>This package is being built; see the project's CHANGELOG for what it offers today.
 */
@NullMarked
package io.github.townhall.json;

import org.jspecify.annotations.NullMarked;
