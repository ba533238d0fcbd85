/**
 * townhall's JSON format, {@code townhall/1.1}: a documented, versioned, lossless JSON form of every
 * townhall record, with a JSON Schema (draft 2020-12) shipped in this jar. Documents of the first
 * version, {@code townhall/1}, are read too.
 *
 * <p>Read a file and print its problems, each with its JSON Pointer, line and column:
 *
 * <pre>{@code
 * try (Reader in = Files.newBufferedReader(Path.of("toulouse-cycle.json"))) {
 *     JsonReadResult<Archive> result = TownhallJson.defaults().readAndValidate(in, Archive.class);
 *     if (result.isValid()) {
 *         Archive archive = result.orElseThrow();
 *         System.out.println(archive.sessions().size() + " sessions");
 *     } else {
 *         for (JsonProblem problem : result.problems()) {
 *             // Unknown property "colour" in a session; its properties are: id, ... (at /sessions/1/colour, line 6, column 49)
 *             System.err.println(problem);
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>Write a document or a single record:
 *
 * <pre>{@code
 * TownhallJson json = TownhallJson.defaults();
 * Files.writeString(Path.of("archive.json"), json.write(archive));   // same record, same bytes
 * String fragment = json.write(session);                              // a session on its own
 * Session again = json.read(fragment, Session.class);
 * }</pre>
 *
 * <p>Write a document for publication, without personal data (the register of people, attendance
 * lists, references to people), marked {@code "redacted": true}:
 *
 * <pre>{@code
 * TownhallJson publication = TownhallJson.builder().forPublication(true).build();
 * Files.writeString(Path.of("public.json"), publication.write(archive));
 * }</pre>
 *
 * <p>With your own Jackson 3 mapper, {@link io.github.townhall.json.TownhallJacksonModule} is
 * found by {@code JsonMapper.builder().findAndAddModules()}. The format is described field by field
 * in {@code docs/json-format.md}; {@link io.github.townhall.json.TownhallJson#schema()} returns the
 * schema.
 */
@NullMarked
package io.github.townhall.json;

import org.jspecify.annotations.NullMarked;
