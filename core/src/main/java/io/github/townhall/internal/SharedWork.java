package io.github.townhall.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Work that several constraints of one record need, done once per validation: the ids of an
 * archive's sessions, its sessions grouped by cycle. A context that implements {@link Memo} (the
 * one townhall's validator hands to every constraint of one validation) keeps what was computed
 * for the record being checked; with any other context, such as a provider's own, each constraint
 * computes it again. Nothing is kept beyond one validation. Not part of the API.
 */
public final class SharedWork {
    private SharedWork() {}

    /** A validation context that keeps shared work for the record it is checking. */
    public interface Memo {
        /**
         * Returns what was kept for a record and a kind of work.
         *
         * @param owner the record, compared by identity
         * @param kind the class of the work's result
         * @return the result, or null if none was kept
         */
        @Nullable
        Object kept(Object owner, Class<?> kind);

        /**
         * Keeps the result of a kind of work for a record, until the validation ends.
         *
         * @param owner the record, compared by identity
         * @param kind the class of the work's result
         * @param result the result
         */
        void keep(Object owner, Class<?> kind, Object result);
    }

    /**
     * Returns the result of some work on a record, computed once for all the constraints of one
     * validation that share the context.
     *
     * @param context the constraint's context
     * @param owner the record
     * @param kind the class of the result, which names the work
     * @param work computes the result from the record
     * @param <O> the record's type
     * @param <T> the result's type
     * @return the result, not null
     */
    public static <O, T> T once(ConstraintValidatorContext context, O owner, Class<T> kind, Function<O, T> work) {
        if (!(context instanceof Memo memo)) {
            return work.apply(owner);
        }
        Object kept = memo.kept(owner, kind);
        if (kept != null) {
            return kind.cast(kept);
        }
        T result = work.apply(owner);
        memo.keep(owner, kind, result);
        return result;
    }
}
