package dev.simscaffold.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.List;

/** What the tests check after closing a runtime: its thread is gone and every port it bound is free again. */
final class Loopback {

    static final String HOST = "127.0.0.1";

    private Loopback() {
    }

    static void assertReleased(NodeRuntime<?> runtime, List<InetSocketAddress> bound) throws IOException {
        assertThat(runtime.isRunning()).as("the loop thread is stopped").isFalse();
        assertThat(Thread.getAllStackTraces().keySet()).as("no runtime thread is alive")
                .noneMatch(thread -> thread.isAlive() && thread.getName().startsWith("sim-runtime"));
        for (InetSocketAddress address : bound) {
            try (DatagramChannel again = DatagramChannel.open()) {
                again.bind(address);
                assertThat(again.getLocalAddress()).as("the port was released").isEqualTo(address);
            }
        }
    }
}
