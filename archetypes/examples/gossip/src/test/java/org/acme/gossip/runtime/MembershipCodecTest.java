package org.acme.gossip.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acme.gossip.Entry;
import org.acme.gossip.MembershipMessage;
import org.acme.gossip.MembershipMessage.Ack;
import org.acme.gossip.MembershipMessage.Ack2;
import org.acme.gossip.MembershipMessage.Syn;
import org.acme.gossip.Version;
import dev.simscaffold.core.net.NodeId;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The wire format, one case per test: every kind of message comes back equal, and whatever else arrives on
 * the socket is refused with what is wrong, which the runtime counts as a malformed datagram.
 */
class MembershipCodecTest {

    private final MembershipCodec codec = new MembershipCodec();
    private final Entry written = new Entry("k\u00e9y", "v\u00e4lue \u2603", new Version(7, NodeId.of(2)));

    @Test
    void everyKindOfMessageComesBackEqual() {
        SortedMap<String, Version> digest = new TreeMap<>();
        digest.put("a", new Version(1, NodeId.of(0)));
        digest.put(written.key(), written.version());
        List<MembershipMessage> messages = List.of(new Syn(digest), new Syn(new TreeMap<>()), new Ack(List.of(written), digest),
                new Ack(List.of(), new TreeMap<>()), new Ack2(List.of(written, new Entry("b", "", new Version(1, NodeId.of(1))))));

        messages.forEach(message -> assertThat(codec.decode(codec.encode(message))).as("%s", message).isEqualTo(message));
    }

    @Test
    void anEmptyDatagramIsRefused() {
        assertThatThrownBy(() -> codec.decode(new byte[0])).hasMessageContaining("empty");
    }

    @Test
    void anUnknownKindIsRefused() {
        assertThatThrownBy(() -> codec.decode(new byte[] {9, 0, 0, 0, 0})).hasMessageContaining("unknown message kind 9");
    }

    @Test
    void aTruncatedMessageIsRefused() {
        byte[] whole = codec.encode(new Ack2(List.of(written)));

        assertThatThrownBy(() -> codec.decode(Arrays.copyOf(whole, whole.length - 1))).hasMessageContaining("ends early");
    }

    @Test
    void trailingBytesAreRefused() {
        byte[] whole = codec.encode(new Ack2(List.of(written)));

        assertThatThrownBy(() -> codec.decode(Arrays.copyOf(whole, whole.length + 1))).hasMessageContaining("1 bytes after a whole Ack2");
    }

    @Test
    void aCountBeyondTheBytesThatArrivedIsRefusedBeforeAnythingIsAllocated() {
        byte[] forged = ByteBuffer.allocate(5).put((byte) 3).putInt(Integer.MAX_VALUE).array();

        assertThatThrownBy(() -> codec.decode(forged)).hasMessageContaining("a count of " + Integer.MAX_VALUE + " entries");
    }

    @Test
    void aValueTheRecordsRefuseIsRefused() {
        byte[] zeroCounter = ByteBuffer.allocate(1 + 4 + 4 + 1 + 8 + 4).put((byte) 1).putInt(1).putInt(1).put((byte) 'k').putLong(0).putInt(0).array();

        assertThatThrownBy(() -> codec.decode(zeroCounter)).hasMessageContaining("a version counter starts at 1, got 0");
    }
}
