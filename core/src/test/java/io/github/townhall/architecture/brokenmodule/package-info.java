/**
 * Classes made to break each rule of {@code ModuleArchitecture}: {@code mod} stands for an
 * optional module, {@code outside} for the core. Never used by anything else.
 */
package io.github.townhall.architecture.brokenmodule;
