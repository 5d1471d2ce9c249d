package dev.simscaffold.core.storage;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tiny key-value store over a write-ahead log, reached through a {@link StorageIo} handle (a
 * {@link DiskClock}'s in unit tests, a {@code SimNetwork} node's on the network): each put appends a 12-byte
 * record (key, value, checksum) and is acknowledged to the client; recovery replays the log up to the first
 * record whose checksum fails (a torn, lost or corrupted tail). The driver hands it every completion.
 *
 * <p>The planted bug is {@code fsyncBeforeAck == false}: the store acknowledges a put as soon as the
 * write reaches the cache. A process crash never shows it (the page cache survives); a power loss does.
 */
final class LogKv {
    static final int RECORD_BYTES = 12;

    private record Put(int key, int value, long writeOp) {
    }

    private final StorageIo disk;
    private final boolean fsyncBeforeAck;
    private final Map<Integer, Integer> state = new TreeMap<>();
    private final List<Put> written = new ArrayList<>();
    private final List<Put> inFlight = new ArrayList<>();
    private final List<Integer> acks = new ArrayList<>();
    private long tail;
    private long recoveryRead = -1;
    private boolean recovered = true;

    LogKv(StorageIo disk, boolean fsyncBeforeAck) {
        this.disk = disk;
        this.fsyncBeforeAck = fsyncBeforeAck;
    }

    /** Starts recovery: reads the whole log; {@link #recovered()} turns true when it has been replayed. */
    void recover() {
        recovered = false;
        recoveryRead = disk.read(0, (int) disk.size());
    }

    boolean recovered() {
        return recovered;
    }

    void put(int key, int value) {
        ByteBuffer record = ByteBuffer.allocate(RECORD_BYTES).putInt(key).putInt(value).putInt(checksum(key, value));
        long op = disk.write(tail, record.array());
        tail += RECORD_BYTES;
        inFlight.add(new Put(key, value, op));
        if (fsyncBeforeAck) {
            disk.fsync();
        }
    }

    /** Takes the outcome of one of this store's disk operations. */
    void handle(Completion completion) {
        if (completion instanceof Completion.Written w) {
            Put put = inFlight.stream().filter(p -> p.writeOp() == w.op()).findFirst().orElseThrow();
            inFlight.remove(put);
            state.put(put.key(), put.value());
            if (fsyncBeforeAck) {
                written.add(put);
            } else {
                acks.add(put.key());
            }
        } else if (completion instanceof Completion.Synced s) {
            for (Put put : List.copyOf(written)) {
                if (put.writeOp() < s.op()) {
                    acks.add(put.key());
                    written.remove(put);
                }
            }
        } else if (completion instanceof Completion.Read r && r.op() == recoveryRead) {
            replay(r.data());
        } else {
            throw new IllegalStateException("this store expects no I/O errors or stray reads, got " + completion);
        }
    }

    private void replay(byte[] log) {
        ByteBuffer in = ByteBuffer.wrap(log);
        tail = 0;
        while (in.remaining() >= RECORD_BYTES) {
            int key = in.getInt();
            int value = in.getInt();
            if (in.getInt() != checksum(key, value)) {
                break;
            }
            state.put(key, value);
            tail += RECORD_BYTES;
        }
        recovered = true;
    }

    List<Integer> pollAcks() {
        List<Integer> out = List.copyOf(acks);
        acks.clear();
        return out;
    }

    Map<Integer, Integer> state() {
        return state;
    }

    static int checksum(int key, int value) {
        return (key * 0x9E3779B1) ^ Integer.rotateLeft(value, 13) ^ 0x5BD1E995;
    }
}
