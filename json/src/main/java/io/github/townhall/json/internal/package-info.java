/**
 * The JSON format's codecs: one class per concept, writing with Jackson's streaming generator and
 * reading with its parser. Not part of the API; not exported.
 *
 * <pre>{@code
 * In in = new In(parser, false);
 * in.first();
 * Session session = SessionCodec.read(in);
 * }</pre>
 */
@NullMarked
package io.github.townhall.json.internal;

import org.jspecify.annotations.NullMarked;
