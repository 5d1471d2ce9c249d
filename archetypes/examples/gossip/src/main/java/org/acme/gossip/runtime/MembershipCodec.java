package org.acme.gossip.runtime;

import org.acme.gossip.Entry;
import org.acme.gossip.MembershipMessage;
import org.acme.gossip.MembershipMessage.Ack;
import org.acme.gossip.MembershipMessage.Ack2;
import org.acme.gossip.MembershipMessage.Syn;
import org.acme.gossip.Version;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.runtime.MessageCodec;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The messages on the wire, big-endian:
 * <pre>
 * message := kind:byte body          Syn = 1: digest; Ack = 2: entries digest; Ack2 = 3: entries
 * entries := count:int (key:text value:text counter:long writer:int)*
 * digest  := count:int (key:text counter:long writer:int)*
 * text    := length:int UTF-8 bytes
 * </pre>
 * Decoding refuses anything else, naming what is wrong: an unknown kind, a count or length beyond the
 * bytes that arrived, malformed UTF-8, a value the records refuse (a blank key, a counter below 1), a
 * missing or trailing byte. The runtime drops such a datagram and counts it; the node never sees it.
 */
public final class MembershipCodec implements MessageCodec<MembershipMessage> {

    private static final byte SYN = 1;
    private static final byte ACK = 2;
    private static final byte ACK2 = 3;

    /** The fewest bytes a digest item takes (an empty key, a counter, a writer): bounds a claimed count. */
    private static final int MIN_DIGEST_ITEM = Integer.BYTES + Long.BYTES + Integer.BYTES;
    /** The fewest bytes an entry takes (an empty key and value, a counter, a writer). */
    private static final int MIN_ENTRY = MIN_DIGEST_ITEM + Integer.BYTES;

    @Override
    public byte[] encode(MembershipMessage message) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            if (message instanceof Syn syn) {
                out.writeByte(SYN);
                writeDigest(out, syn.digest());
            } else if (message instanceof Ack ack) {
                out.writeByte(ACK);
                writeEntries(out, ack.entries());
                writeDigest(out, ack.digest());
            } else if (message instanceof Ack2 ack2) {
                out.writeByte(ACK2);
                writeEntries(out, ack2.entries());
            } else {
                throw new IllegalArgumentException("no wire format for " + message.getClass().getName() + ": add one here");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed for " + message, e);
        }
        return bytes.toByteArray();
    }

    @Override
    public MembershipMessage decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            if (!in.hasRemaining()) {
                throw new IllegalArgumentException("an empty datagram is not a message");
            }
            byte kind = in.get();
            MembershipMessage message = switch (kind) {
                case SYN -> new Syn(readDigest(in));
                case ACK -> new Ack(readEntries(in), readDigest(in));
                case ACK2 -> new Ack2(readEntries(in));
                default -> throw new IllegalArgumentException("unknown message kind " + kind);
            };
            if (in.hasRemaining()) {
                throw new IllegalArgumentException(in.remaining() + " bytes after a whole " + message.getClass().getSimpleName());
            }
            return message;
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("the message ends early, at byte " + in.position() + " of " + bytes.length, e);
        }
    }

    private static void writeEntries(DataOutputStream out, List<Entry> entries) throws IOException {
        out.writeInt(entries.size());
        for (Entry entry : entries) {
            writeText(out, entry.key());
            writeText(out, entry.value());
            writeVersion(out, entry.version());
        }
    }

    private static void writeDigest(DataOutputStream out, SortedMap<String, Version> digest) throws IOException {
        out.writeInt(digest.size());
        for (var item : digest.entrySet()) {
            writeText(out, item.getKey());
            writeVersion(out, item.getValue());
        }
    }

    private static void writeVersion(DataOutputStream out, Version version) throws IOException {
        out.writeLong(version.counter());
        out.writeInt(version.writer().index());
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static List<Entry> readEntries(ByteBuffer in) {
        int count = readCount(in, MIN_ENTRY, "entries");
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(new Entry(readText(in), readText(in), readVersion(in)));
        }
        return entries;
    }

    private static SortedMap<String, Version> readDigest(ByteBuffer in) {
        int count = readCount(in, MIN_DIGEST_ITEM, "digest items");
        SortedMap<String, Version> digest = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            String key = readText(in);
            if (digest.put(key, readVersion(in)) != null) {
                throw new IllegalArgumentException("the digest names " + key + " twice");
            }
        }
        return digest;
    }

    private static Version readVersion(ByteBuffer in) {
        long counter = in.getLong();
        return new Version(counter, NodeId.of(in.getInt()));
    }

    /** A count that the remaining bytes can hold, so a forged one cannot make the decoder allocate without bound. */
    private static int readCount(ByteBuffer in, int minBytesEach, String what) {
        int count = in.getInt();
        if (count < 0 || count > in.remaining() / minBytesEach) {
            throw new IllegalArgumentException("a count of " + count + " " + what + " does not fit the " + in.remaining() + " bytes left");
        }
        return count;
    }

    private static String readText(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("a text of " + length + " bytes does not fit the " + in.remaining() + " bytes left");
        }
        ByteBuffer utf8 = in.slice().limit(length);
        in.position(in.position() + length);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(utf8).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("a text is not UTF-8: " + e, e);
        }
    }
}
