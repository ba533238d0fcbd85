package io.github.townhall.archive;

import io.github.townhall.internal.SharedWork;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionId;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ids of an archive's sessions, gathered once per validation for the rules that look them up
 * ({@link ReferencesResolve}, {@link NextSessionNotCopied}).
 *
 * @param ids the ids
 */
record SessionIds(Set<SessionId> ids) {
    /**
     * Returns the ids of an archive's sessions, gathered once for the constraints that share the
     * context.
     *
     * @param archive the archive
     * @param context the constraint's context
     * @return the ids, not to be changed
     */
    static Set<SessionId> of(Archive archive, ConstraintValidatorContext context) {
        return SharedWork.once(context, archive, SessionIds.class, SessionIds::gather)
                .ids();
    }

    private static SessionIds gather(Archive archive) {
        List<Session> sessions = archive.sessions();
        Set<SessionId> ids = new HashSet<>(sessions.size() * 4 / 3 + 1);
        for (int i = 0; i < sessions.size(); i++) {
            ids.add(sessions.get(i).id());
        }
        return new SessionIds(ids);
    }
}
