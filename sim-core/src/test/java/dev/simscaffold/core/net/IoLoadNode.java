package dev.simscaffold.core.net;

import dev.simscaffold.core.storage.Completion;
import dev.simscaffold.core.storage.OpKind;
import dev.simscaffold.core.storage.StorageIo;
import dev.simscaffold.core.time.LogicalTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * A node that keeps its disk busy: it submits {@code rounds} rounds of write, fsync and read, one round
 * after the previous completes, and counts how each kind of operation ended, so tests can compare observed
 * fault counts with the configured rates. It sends nothing and sets no timers.
 */
final class IoLoadNode extends QuietNode<Ping> implements StorageNode<Ping> {

    private final StorageIo disk;
    private final int rounds;
    private final Map<OpKind, Integer> failed = new EnumMap<>(OpKind.class);
    private final Map<OpKind, Integer> done = new EnumMap<>(OpKind.class);
    private int started;

    IoLoadNode(StorageIo disk, int rounds) {
        this.disk = disk;
        this.rounds = rounds;
        nextRound();
    }

    private void nextRound() {
        if (started < rounds) {
            disk.write(started * 8L, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            disk.fsync();
            disk.read(started * 8L, 8);
            started++;
        }
    }

    int failed(OpKind kind) {
        return failed.getOrDefault(kind, 0);
    }

    int done(OpKind kind) {
        return done.getOrDefault(kind, 0);
    }

    @Override
    public void handleCompletion(Completion completion, LogicalTime now) {
        OpKind kind;
        if (completion instanceof Completion.Failed f) {
            failed.merge(f.kind(), 1, Integer::sum);
            kind = f.kind();
        } else if (completion instanceof Completion.Read) {
            kind = OpKind.READ;
        } else {
            kind = completion instanceof Completion.Synced ? OpKind.FSYNC : OpKind.WRITE;
        }
        done.merge(kind, 1, Integer::sum);
        if (kind == OpKind.READ) {
            nextRound();
        }
    }
}
