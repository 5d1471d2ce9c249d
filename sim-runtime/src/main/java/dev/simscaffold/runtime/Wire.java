package dev.simscaffold.runtime;

import java.nio.ByteBuffer;

/**
 * The runtime's datagram layout: a magic byte, a format version, the sender's node index (4 bytes, big
 * endian), then the codec's bytes. The header is what lets a receiver tell a peer's message from stray
 * bytes before the codec sees anything; it authenticates nothing (UDP sources can be forged), so a runtime
 * belongs on a network its operator trusts, as Stateright's does.
 */
final class Wire {

    static final byte MAGIC = (byte) 0x5D;
    static final byte VERSION = 1;
    static final int HEADER_BYTES = 6;
    /** The largest UDP payload over IPv4. */
    static final int MAX_UDP_PAYLOAD = 65_507;

    private Wire() {
    }

    static ByteBuffer frame(int from, byte[] payload) {
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES + payload.length);
        buffer.put(MAGIC).put(VERSION).putInt(from).put(payload);
        return buffer.flip();
    }

    /**
     * Reads the sender of a received datagram (buffer flipped for reading), or returns -1 if the header is
     * not ours or names no node of a cluster of {@code nodes}; on success the buffer is left at the payload.
     */
    static int sender(ByteBuffer datagram, int nodes) {
        if (datagram.remaining() < HEADER_BYTES || datagram.get() != MAGIC || datagram.get() != VERSION) {
            return -1;
        }
        int from = datagram.getInt();
        return from >= 0 && from < nodes ? from : -1;
    }
}
