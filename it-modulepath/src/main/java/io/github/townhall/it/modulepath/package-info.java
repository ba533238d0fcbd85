/**
 * The module-path application: {@link io.github.townhall.it.modulepath.ModulePathApp} validates a
 * record, writes a feed, reads a calendar and round-trips JSON, and prints what it did.
 */
package io.github.townhall.it.modulepath;
