package dev.simscaffold.runtime;

import dev.simscaffold.corpus.gossip.Sync;
import dev.simscaffold.corpus.gossip.Versioned;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/** The corpus gossip node's messages on the wire: a count, then key, version, writer and value per entry. */
final class SyncCodec implements MessageCodec<Sync> {

    @Override
    public byte[] encode(Sync message) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(message.entries().size());
            for (Map.Entry<String, Versioned> entry : message.entries().entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeLong(entry.getValue().version());
                out.writeInt(entry.getValue().writer());
                out.writeUTF(entry.getValue().value());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public Sync decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int count = in.readInt();
            if (count < 0 || count > bytes.length) {
                throw new IllegalArgumentException("bad entry count " + count);
            }
            TreeMap<String, Versioned> entries = new TreeMap<>();
            for (int i = 0; i < count; i++) {
                entries.put(in.readUTF(), new Versioned(in.readLong(), in.readInt(), in.readUTF()));
            }
            if (in.available() > 0) {
                throw new IllegalArgumentException(in.available() + " trailing bytes");
            }
            return new Sync(entries);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a Sync: " + e, e);
        }
    }
}
