package dev.simscaffold.corpus.raft;

import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.net.NodeId;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The bytes of the write-ahead log: each record is {@code [payload length: int][checksum: long][payload]},
 * and the checksum covers the previous record's checksum and this payload. Decoding stops at the first
 * record that is empty, torn or corrupt, or that does not follow the record before it: after a power loss a
 * later write can survive an earlier one, and a stale record left beyond the recovered end by an earlier
 * incarnation must never be replayed once new records reach it, which the chained checksum guarantees.
 */
final class WalCodec {

    /** A decoded prefix of the log: its records, where it ends and the checksum the next record chains to. */
    record Decoded(List<WalRecord> records, long end, long lastChecksum) {
    }

    private static final int HEADER_BYTES = Integer.BYTES + Long.BYTES;
    private static final byte TERM_VOTE = 1;
    private static final byte APPEND = 2;
    private static final byte READ = 1;
    private static final byte WRITE = 2;
    private static final byte CAS = 3;

    private WalCodec() {
    }

    /** Encodes one record after the record whose checksum is {@code previousChecksum}. */
    static byte[] encode(WalRecord record, long previousChecksum) {
        byte[] payload = payload(record);
        return ByteBuffer.allocate(HEADER_BYTES + payload.length)
                .putInt(payload.length).putLong(checksum(previousChecksum, payload)).put(payload).array();
    }

    /** Returns the checksum that {@link #encode} wrote into an encoded record. */
    static long checksumOf(byte[] encoded) {
        return ByteBuffer.wrap(encoded).getLong(Integer.BYTES);
    }

    /** Decodes the longest valid prefix of a log file. */
    static Decoded decode(byte[] file) {
        ByteBuffer buffer = ByteBuffer.wrap(file);
        List<WalRecord> records = new ArrayList<>();
        long checksum = 0;
        while (buffer.remaining() >= HEADER_BYTES) {
            int start = buffer.position();
            int length = buffer.getInt();
            long stored = buffer.getLong();
            if (length <= 0 || length > buffer.remaining()) {
                return new Decoded(records, start, checksum);
            }
            byte[] payload = new byte[length];
            buffer.get(payload);
            if (checksum(checksum, payload) != stored) {
                return new Decoded(records, start, checksum);
            }
            records.add(parse(payload));
            checksum = stored;
        }
        return new Decoded(records, buffer.position(), checksum);
    }

    private static long checksum(long previous, byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(ByteBuffer.allocate(Long.BYTES).putLong(previous).array());
        crc.update(payload);
        return crc.getValue();
    }

    private static byte[] payload(WalRecord record) {
        ByteBuffer buffer = ByteBuffer.allocate(256);
        if (record instanceof WalRecord.TermVote termVote) {
            buffer.put(TERM_VOTE).putLong(termVote.term()).putInt(termVote.votedFor());
        } else {
            WalRecord.Append append = (WalRecord.Append) record;
            Command command = append.entry().command();
            buffer.put(APPEND).putLong(append.index()).putLong(append.entry().term());
            putString(buffer, command.client());
            buffer.putLong(command.session()).putLong(command.seq()).putInt(command.replyTo().index());
            putOp(buffer, command.op());
        }
        byte[] bytes = new byte[buffer.position()];
        buffer.flip().get(bytes);
        return bytes;
    }

    private static void putOp(ByteBuffer buffer, KvOp op) {
        if (op instanceof KvOp.Write write) {
            buffer.put(WRITE);
            putString(buffer, write.key());
            buffer.putLong(write.value()).putLong(0);
        } else if (op instanceof KvOp.Cas cas) {
            buffer.put(CAS);
            putString(buffer, cas.key());
            buffer.putLong(cas.expected()).putLong(cas.value());
        } else {
            buffer.put(READ);
            putString(buffer, op.key());
            buffer.putLong(0).putLong(0);
        }
    }

    private static WalRecord parse(byte[] payload) {
        ByteBuffer buffer = ByteBuffer.wrap(payload);
        try {
            if (buffer.get() == TERM_VOTE) {
                return new WalRecord.TermVote(buffer.getLong(), buffer.getInt());
            }
            long index = buffer.getLong();
            long term = buffer.getLong();
            String client = getString(buffer);
            long session = buffer.getLong();
            long seq = buffer.getLong();
            NodeId replyTo = NodeId.of(buffer.getInt());
            byte kind = buffer.get();
            String key = getString(buffer);
            long first = buffer.getLong();
            long second = buffer.getLong();
            KvOp op = kind == WRITE ? KvOp.write(key, first) : kind == CAS ? KvOp.cas(key, first, second) : KvOp.read(key);
            return new WalRecord.Append(index, new LogEntry(term, new Command(client, session, seq, replyTo, op)));
        } catch (BufferUnderflowException e) {
            throw new IllegalStateException("a record whose checksum matched does not parse: " + payload.length + " bytes", e);
        }
    }

    private static void putString(ByteBuffer buffer, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        buffer.putShort((short) bytes.length).put(bytes);
    }

    private static String getString(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.getShort()];
        buffer.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
