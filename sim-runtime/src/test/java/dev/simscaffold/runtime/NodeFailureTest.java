package dev.simscaffold.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.net.NodeId;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node that throws fails the run, as it fails a simulated one: the runtime stops with the node's exception,
 * every later call says so, and its socket, file and thread are closed although nobody called close.
 */
class NodeFailureTest {

    @Test
    void aNodeThatThrowsStopsTheRuntimeAndReleasesEverything(@TempDir Path directory) throws Exception {
        NodeRuntime<Long> runtime = NodeRuntime.builder(DiskNodeTest.LONGS).node(NodeId.of(0), Loopback.HOST, 0)
                .startOnDisk((id, random, now, disk, recovered) -> new DiskNodeTest.Register(disk, recovered), directory);
        InetSocketAddress node = runtime.address(NodeId.of(0));
        try (DatagramChannel peer = DatagramChannel.open()) {
            peer.send(Wire.frame(0, DiskNodeTest.LONGS.encode(-1L)), node);
        }
        for (int i = 0; i < 500 && runtime.isRunning(); i++) {
            Thread.sleep(10);
        }
        assertThat(runtime.failure()).get(InstanceOfAssertFactories.THROWABLE).hasMessage("a register holds no negative value, got -1");
        assertThat(runtime.stats(NodeId.of(0)).delivered()).as("the final counts stay readable").isEqualTo(1);
        assertThatThrownBy(() -> runtime.invoke(NodeId.of(0), DiskNodeTest.Register.class, register -> register.set(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a register holds no negative value, got -1");
        Loopback.assertReleased(runtime, List.of(node));
    }
}
