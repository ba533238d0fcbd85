package io.github.townhall.archive;

import io.github.townhall.cycle.CycleId;
import io.github.townhall.session.CyclePosition;
import io.github.townhall.session.Session;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups an archive's sessions by cycle, keeping their index in the archive. */
final class CyclePositions {
    private CyclePositions() {}

    /** A session of a cycle and its index in the archive's sessions. */
    record Entry(int index, Session session, int ordinal) {}

    static Map<CycleId, List<Entry>> byCycle(List<Session> sessions) {
        Map<CycleId, List<Entry>> cycles = new LinkedHashMap<>();
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            CyclePosition position = session.cycle();
            if (position != null) {
                cycles.computeIfAbsent(position.cycle(), key -> new ArrayList<>())
                        .add(new Entry(i, session, position.ordinal()));
            }
        }
        return cycles;
    }

    static void report(ConstraintValidatorContext context, Entry entry) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("sessions")
                .addPropertyNode("cycle")
                .inIterable()
                .atIndex(entry.index())
                .addPropertyNode("ordinal")
                .addConstraintViolation();
    }
}
