package dev.simscaffold.testkit.history.example;

import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.history.History;
import dev.simscaffold.core.history.HistoryRecorder;
import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.random.SimRandom;
import java.util.List;

/**
 * Runs the replicated key-value store: three replicas and three clients on a {@link SimNetwork} with
 * random delays (reordering) and a little message loss, every client running its part of a generated
 * script, and returns the history the clients recorded. Replicas and clients are two classes with one
 * message type, so the network is a {@code SimNetwork<KvMessage>} and its run condition reads the clients
 * with {@code nodes.all(ClientNode.class)}, without casts.
 */
final class ReplicatedKv {
    static final int REPLICAS = 3;
    static final int CLIENTS = 3;

    /** One generated operation and the client that performs it. */
    record ClientOp(int client, KvOp op) {
    }

    /** A generated workload and the stream every network decision is drawn from. */
    record Scenario(List<ClientOp> ops, SimRandom random) {
    }

    static final Gen<Scenario> SCENARIOS = Gen.zip(
            Gen.lists(Gen.zip(Gen.ints(0, CLIENTS - 1), operations(), ClientOp::new), 1, 24),
            Gen.liveRandom(),
            Scenario::new);

    private ReplicatedKv() {
    }

    private static Gen<KvOp> operations() {
        Gen<String> keys = Gen.pick("a", "b");
        return Gen.oneOf(keys.map(KvOp::read), Gen.zip(keys, Gen.ints(1, 9), (key, value) -> KvOp.write(key, value)));
    }

    static History<KvOp, Long> run(Scenario scenario, boolean readsFromBackups) {
        HistoryRecorder<KvOp, Long> history = HistoryRecorder.create();
        SimNetwork<KvMessage> net = SimNetwork.nodes(REPLICAS, (id, random, now) -> new ReplicaNode(id, REPLICAS))
                .nodes(CLIENTS, (id, random, now) ->
                        new ClientNode(id, scriptOf(scenario, id.index() - REPLICAS), REPLICAS, readsFromBackups, random, history))
                .random(scenario.random())
                .faults(NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(12).lossRate(0.02).build())
                .build();
        history.attach(net);
        net.runUntil(nodes -> nodes.all(ClientNode.class).stream().allMatch(ClientNode::done), 10_000);
        return history.history();
    }

    private static List<KvOp> scriptOf(Scenario scenario, int client) {
        return scenario.ops().stream().filter(op -> op.client() == client).map(ClientOp::op).toList();
    }
}
