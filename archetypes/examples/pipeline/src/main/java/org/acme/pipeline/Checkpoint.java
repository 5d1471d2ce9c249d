package org.acme.pipeline;

import dev.simscaffold.core.time.LogicalTime;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * How far the stage got, made durable: every source record before {@code nextOffset} has its output (or
 * its quarantine entry) durably in the sinks, so a restart resumes reading at {@code nextOffset}. Its
 * {@link #encode() encoding} carries a checksum, so a store can tell a torn or half-written checkpoint from
 * a good one and fall back to the previous good one.
 *
 * @param number how many checkpoints the stage had committed when it took this one, {@code >= 0}; later
 *               checkpoints have higher numbers
 * @param nextOffset the source offset to resume reading at, {@code >= 0}
 * @param at the logical time of the checkpoint boundary
 */
public record Checkpoint(long number, long nextOffset, LogicalTime at) {

    /** Where a stage without any checkpoint starts: the beginning of the source. */
    public static final Checkpoint INITIAL = new Checkpoint(0, 0, LogicalTime.ZERO);

    /** The size of {@link #encode()}'s output: three longs and a checksum. */
    public static final int ENCODED_BYTES = 3 * Long.BYTES + Integer.BYTES;

    /**
     * Rejects negative positions and a missing time.
     *
     * @param number the checkpoint's number
     * @param nextOffset the offset to resume at
     * @param at the time of the boundary
     */
    public Checkpoint {
        if (number < 0) {
            throw new IllegalArgumentException("checkpoint number must be >= 0, got " + number);
        }
        if (nextOffset < 0) {
            throw new IllegalArgumentException("nextOffset must be >= 0, got " + nextOffset);
        }
        if (at == null) {
            throw new NullPointerException("the time of checkpoint " + number + " must not be null");
        }
    }

    /**
     * The checkpoint as {@value #ENCODED_BYTES} bytes: number, next offset and time (big-endian longs),
     * then the CRC-32 of those 24 bytes.
     *
     * @return a fresh array
     */
    public byte[] encode() {
        ByteBuffer buffer = ByteBuffer.allocate(ENCODED_BYTES);
        buffer.putLong(number).putLong(nextOffset).putLong(at.ticks());
        buffer.putInt(checksum(buffer.array()));
        return buffer.array();
    }

    /**
     * Reads a checkpoint that {@link #encode()} wrote.
     *
     * @param bytes at least {@value #ENCODED_BYTES} bytes; only the first {@value #ENCODED_BYTES} are read
     * @return the checkpoint, or empty if the bytes are too short, fail their checksum or hold impossible
     *         values: a torn write or bytes never written
     */
    public static Optional<Checkpoint> decode(byte[] bytes) {
        if (bytes.length < ENCODED_BYTES) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, ENCODED_BYTES);
        long number = buffer.getLong();
        long nextOffset = buffer.getLong();
        long ticks = buffer.getLong();
        if (buffer.getInt() != checksum(bytes) || number < 0 || nextOffset < 0 || ticks < 0) {
            return Optional.empty();
        }
        return Optional.of(new Checkpoint(number, nextOffset, LogicalTime.of(ticks)));
    }

    private static int checksum(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, ENCODED_BYTES - Integer.BYTES);
        return (int) crc.getValue();
    }
}
