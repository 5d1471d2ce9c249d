package dev.simscaffold.corpus.raft;

import dev.simscaffold.core.history.KvOp;
import java.util.List;
import java.util.TreeMap;

/**
 * The replicated key-value store: registers that start at 0, with read, write and compare-and-set as
 * {@link dev.simscaffold.core.history.KvModel} defines them. It remembers each session's last command and
 * its result, so a retried command that reaches the log twice takes effect once and its copies get the first
 * result (Raft §8); without that, a client's retry could write a value again after someone else overwrote it.
 */
final class KvStateMachine {

    private record LastApplied(long seq, Long result) {
    }

    private final TreeMap<String, Long> values = new TreeMap<>();
    private final TreeMap<Long, LastApplied> sessions = new TreeMap<>();

    /** Applies a committed command once per session and number; returns what its client is told. */
    Long apply(Command command) {
        LastApplied last = sessions.get(command.session());
        if (last != null && command.seq() <= last.seq()) {
            return command.seq() == last.seq() ? last.result() : null;
        }
        Long result = execute(command.op());
        sessions.put(command.session(), new LastApplied(command.seq(), result));
        return result;
    }

    /** What the store holds now, without going through the log: only the stale-read bug uses it. */
    long read(String key) {
        return values.getOrDefault(key, 0L);
    }

    private Long execute(KvOp op) {
        long current = read(op.key());
        if (op instanceof KvOp.Write write) {
            values.put(write.key(), write.value());
            return null;
        }
        if (op instanceof KvOp.Cas cas) {
            if (cas.expected() != current) {
                return current;
            }
            values.put(cas.key(), cas.value());
            return null;
        }
        return current;
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** The values and the sessions' last results as a value for a model checker's key. */
    List<Object> modelKey() {
        return List.of(new TreeMap<>(values), new TreeMap<>(sessions));
    }

    /** Makes this (empty) state machine a copy of {@code other}, for a model checker's node copy. */
    void copyFrom(KvStateMachine other) {
        values.putAll(other.values);
        sessions.putAll(other.sessions);
    }
}
