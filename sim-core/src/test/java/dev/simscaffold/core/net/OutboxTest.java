package dev.simscaffold.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutboxTest {

    @Test
    void messagesLeaveInSendingOrderFromTheNodeItself() {
        Outbox<String> outbox = new Outbox<>(NodeId.of(2));
        outbox.send(NodeId.of(0), "a");
        outbox.send(NodeId.of(1), "b");

        assertThat(outbox.size()).isEqualTo(2);
        assertThat(outbox.poll()).contains(new Transmit<>(NodeId.of(2), NodeId.of(0), "a"));
        assertThat(outbox.poll()).contains(new Transmit<>(NodeId.of(2), NodeId.of(1), "b"));
        assertThat(outbox.poll()).isEmpty();
    }
}
