package io.github.townhall.json.internal;

import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.schedule.OpenEndedSchedule;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.schedule.UndatedSchedule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;

/**
 * Schedules, told apart by {@code "type"}: {@code "exact"} (start, end, zone),
 * {@code "open_ended"} (start, zone), {@code "tentative"} (from, to) or {@code "undated"} (no
 * other property).
 */
public final class ScheduleCodec {
    private static final String WHAT = "a schedule";
    private static final String PROPERTIES = "type, start, end, zone, from, to";

    private ScheduleCodec() {}

    /**
     * Writes a schedule.
     *
     * @param g the generator
     * @param schedule the schedule
     */
    public static void write(JsonGenerator g, Schedule schedule) {
        g.writeStartObject();
        // Java 17 has no pattern matching for switch: the sealed interface has exactly these four.
        if (schedule instanceof ExactSchedule exact) {
            g.writeStringProperty("type", "exact");
            g.writeStringProperty("start", exact.start().toString());
            g.writeStringProperty("end", exact.end().toString());
            g.writeStringProperty("zone", exact.zone().getId());
        } else if (schedule instanceof OpenEndedSchedule open) {
            g.writeStringProperty("type", "open_ended");
            g.writeStringProperty("start", open.start().toString());
            g.writeStringProperty("zone", open.zone().getId());
        } else if (schedule instanceof UndatedSchedule) {
            g.writeStringProperty("type", "undated");
        } else {
            TentativeSchedule tentative = (TentativeSchedule) schedule;
            g.writeStringProperty("type", "tentative");
            g.writeStringProperty("from", tentative.from().toString());
            g.writeStringProperty("to", tentative.to().toString());
        }
        g.writeEndObject();
    }

    /**
     * Reads a schedule.
     *
     * @param in the cursor
     * @return the schedule
     */
    public static Schedule read(In in) {
        TokenStreamLocation start = in.beginObject(WHAT);
        String type = null;
        LocalDateTime begin = null;
        LocalDateTime end = null;
        ZoneId zone = null;
        LocalDate from = null;
        LocalDate to = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "type" -> {
                    type = in.string();
                    if (!type.equals("exact")
                            && !type.equals("open_ended")
                            && !type.equals("tentative")
                            && !type.equals("undated")) {
                        throw in.fail(
                                io.github.townhall.json.JsonProblem.Kind.FORMAT,
                                "Unknown schedule type \"" + type + "\"; expected one of: exact, open_ended,"
                                        + " tentative, undated.");
                    }
                }
                case "start" -> begin = in.dateTime();
                case "end" -> end = in.dateTime();
                case "zone" -> zone = in.zone();
                case "from" -> from = in.date();
                case "to" -> to = in.date();
                default -> in.unknown(property, WHAT, PROPERTIES);
            }
        }
        type = in.required(type, "type", WHAT, start);
        switch (type) {
            case "exact" -> {
                only(in, start, type, from == null && to == null, "from, to");
                return new ExactSchedule(
                        in.required(begin, "start", "an exact schedule", start),
                        in.required(end, "end", "an exact schedule", start),
                        in.required(zone, "zone", "an exact schedule", start));
            }
            case "open_ended" -> {
                only(in, start, type, end == null && from == null && to == null, "end, from, to");
                return new OpenEndedSchedule(
                        in.required(begin, "start", "an open-ended schedule", start),
                        in.required(zone, "zone", "an open-ended schedule", start));
            }
            case "undated" -> {
                only(
                        in,
                        start,
                        type,
                        begin == null && end == null && zone == null && from == null && to == null,
                        "start, end, zone, from, to");
                return Schedule.undated();
            }
            default -> {
                only(in, start, type, begin == null && end == null && zone == null, "start, end, zone");
                return new TentativeSchedule(
                        in.required(from, "from", "a tentative schedule", start),
                        in.required(to, "to", "a tentative schedule", start));
            }
        }
    }

    private static void only(In in, TokenStreamLocation start, String type, boolean clean, String forbidden) {
        if (!clean) {
            throw in.invalidObject(
                    start, "A schedule of type \"" + type + "\" has none of these properties: " + forbidden + ".");
        }
    }
}
