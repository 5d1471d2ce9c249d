package dev.simscaffold.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A mixed cluster (servers and clients with one message type) is typed by its first factory; checks, run
 * conditions, inspection and actions reach each class without a cast; and every incarnation is told its time.
 */
class TypedClusterTest {

    private static final NodeId SERVER = NodeId.of(0);
    private static final NodeId CLIENT = NodeId.of(1);

    /** Counts the pings it receives, and remembers the time it was created at. */
    private static final class Server extends QuietNode<Ping> {
        final LogicalTime bornAt;
        int pings;

        Server(LogicalTime bornAt) {
            this.bornAt = bornAt;
        }

        @Override
        public void handleInput(NodeId from, Ping message, LogicalTime now) {
            pings++;
        }
    }

    /** Sends a ping to the server when asked. */
    private static final class Client extends QuietNode<Ping> {
        private final Outbox<Ping> outbox;
        int sent;

        Client(NodeId id) {
            this.outbox = new Outbox<>(id);
        }

        void ping(LogicalTime now) {
            outbox.send(SERVER, new Ping(now.ticks(), ++sent));
        }

        @Override
        public Optional<Transmit<Ping>> pollTransmit() {
            return outbox.poll();
        }
    }

    private static SimNetwork<Ping> cluster() {
        return SimNetwork.nodes(1, (id, random, now) -> new Server(now))
                .node((id, random, now) -> new Client(id))
                .seed(5)
                .expect(Expectation.always("the server never counts more pings than were sent", nodes -> {
                    int sent = nodes.all(Client.class).stream().mapToInt(client -> client.sent).sum();
                    return nodes.all(Server.class).stream()
                            .filter(server -> server.pings > sent)
                            .map(server -> "the server counted " + server.pings + " of " + sent)
                            .toList();
                }))
                .build();
    }

    @Test
    void checksConditionsInspectionAndActionsAreTypedWithoutCasts() {
        SimNetwork<Ping> net = cluster();

        net.invoke(CLIENT, Client.class, "ping", client -> client.ping(net.now()));
        net.invoke(CLIENT, Client.class, "ping", client -> client.ping(net.now()));
        RunResult result = net.runUntil(nodes -> nodes.node(SERVER, Server.class).orElseThrow().pings == 2, 100);

        assertThat(result.held()).isTrue();
        assertThat(net.view().all(Server.class)).singleElement().satisfies(server -> assertThat(server.pings).isEqualTo(2));
        assertThat(net.view().all(Client.class)).singleElement().satisfies(client -> assertThat(client.sent).isEqualTo(2));
        assertThat(net.view().byId(Client.class)).containsOnlyKeys(CLIENT);
        assertThat(net.node(CLIENT, Client.class)).isPresent();
    }

    @Test
    void askingForTheWrongClassNamesBothClasses() {
        SimNetwork<Ping> net = cluster();

        assertThatThrownBy(() -> net.invoke(SERVER, Client.class, "ping", client -> client.ping(net.now())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot invoke 'ping' on node-0: it is a Server, not a Client");
        assertThatThrownBy(() -> net.node(CLIENT, Server.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("node-1 is a Client, not a Server");
    }

    @Test
    void aRestartedNodeIsCreatedAtTheTimeItComesBack() {
        SimNetwork<Ping> net = cluster();
        net.run(40);
        net.crash(SERVER);
        net.run(25);
        net.restart(SERVER);

        assertThat(net.node(SERVER, Server.class).orElseThrow().bornAt).isEqualTo(LogicalTime.of(65));
    }

    @Test
    void aRestoredNodeGetsItsTypedStateAndTheTime() {
        DurableNodeFactory<List<Long>, Journal> journals = new DurableNodeFactory<>() {
            @Override
            public Journal create(NodeId id, SimRandom random, LogicalTime now) {
                return new Journal(List.of(now.ticks()));
            }

            @Override
            public Journal restore(NodeId id, SimRandom random, List<Long> stored, LogicalTime now) {
                return new Journal(append(stored, now.ticks()));
            }
        };
        SimNetwork<Ping> net = SimNetwork.durableNodes(1, journals).seed(1).build();
        net.run(10);
        net.crash(NodeId.of(0));
        net.run(5);
        net.restart(NodeId.of(0));

        assertThat(net.node(NodeId.of(0), Journal.class).orElseThrow().starts).containsExactly(0L, 15L);
    }

    private static List<Long> append(List<Long> list, long value) {
        return Stream.concat(list.stream(), Stream.of(value)).toList();
    }

    /** Remembers every time one of its incarnations started; that list is all that survives a crash. */
    private static final class Journal extends QuietNode<Ping> implements Durable<List<Long>> {
        final List<Long> starts;

        Journal(List<Long> starts) {
            this.starts = starts;
        }

        @Override
        public List<Long> durableState() {
            return starts;
        }
    }
}
