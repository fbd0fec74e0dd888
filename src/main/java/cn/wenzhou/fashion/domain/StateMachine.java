package cn.wenzhou.fashion.domain;

import java.util.Set;

import cn.wenzhou.fashion.common.ConflictException;

/** The states of a workflow record that say which states may follow them. */
public interface StateMachine<S extends Enum<S> & StateMachine<S>> {

    Set<S> next();

    default boolean canBecome(S to) {
        return next().contains(to);
    }

    /** {@code to} if {@code from} may become it; otherwise a 409 problem naming the record and what is allowed. */
    static <S extends Enum<S> & StateMachine<S>> S move(RecordKind kind, Long id, S from, S to) {
        if (!from.canBecome(to)) {
            throw new ConflictException("The " + kind.code() + " " + id + " is " + from + " and cannot become " + to
                    + (from.next().isEmpty() ? " (it is final)" : "; allowed next: " + from.next()));
        }
        return to;
    }
}
