package io.github.townhall.archive;

import io.github.townhall.cycle.CycleId;
import io.github.townhall.internal.SharedWork;
import io.github.townhall.session.CyclePosition;
import io.github.townhall.session.Session;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups an archive's sessions by cycle, keeping their index in the archive; grouped once per
 * validation for the rules that read it ({@link UniqueOrdinals}, {@link ChronologicalOrdinals}).
 */
final class CyclePositions {
    private CyclePositions() {}

    /** A session of a cycle and its index in the archive's sessions. */
    record Entry(int index, Session session, int ordinal) {}

    /**
     * The sessions of each cycle, in the archive's order.
     *
     * @param cycles one list per cycle
     */
    record ByCycle(Collection<List<Entry>> cycles) {}

    /**
     * Returns an archive's sessions grouped by cycle, computed once for the constraints that share
     * the context.
     *
     * @param archive the archive
     * @param context the constraint's context
     * @return the groups
     */
    static Collection<List<Entry>> byCycle(Archive archive, ConstraintValidatorContext context) {
        return SharedWork.once(context, archive, ByCycle.class, CyclePositions::group)
                .cycles();
    }

    private static ByCycle group(Archive archive) {
        List<Session> sessions = archive.sessions();
        Map<CycleId, List<Entry>> cycles = new LinkedHashMap<>();
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            CyclePosition position = session.cycle();
            if (position != null) {
                cycles.computeIfAbsent(position.cycle(), key -> new ArrayList<>())
                        .add(new Entry(i, session, position.ordinal()));
            }
        }
        return new ByCycle(cycles.values());
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
