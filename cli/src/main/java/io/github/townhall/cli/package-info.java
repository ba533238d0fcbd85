/**
 * The {@code townhall} command line: {@code demo}, {@code validate}, {@code ics}, {@code import}
 * and {@code schema}.
 *
 * <pre>{@code
 * ./townhall demo                                   # writes townhall-demo/*.json and *.ics
 * ./townhall validate --lang fr townhall-demo/imp-acte.json
 * ./townhall ics --cycle rencontres-toulouse -o toulouse.ics townhall-demo/toulouse-cycle.json
 * ./townhall import -o agenda.json agenda.ics
 * ./townhall schema > townhall-1.schema.json
 * }</pre>
 */
@NullMarked
package io.github.townhall.cli;

import org.jspecify.annotations.NullMarked;
