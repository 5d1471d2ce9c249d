package dev.simscaffold.testkit.history.example;

import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.history.History;
import dev.simscaffold.core.history.HistoryRecorder;
import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.random.SimRandom;
import java.util.List;

/**
 * Runs the replicated key-value store: three replicas and three clients on a {@link SimNetwork} with
 * random delays (reordering) and a little message loss, every client running its part of a generated
 * script, and returns the history the clients recorded.
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
        SimNetwork<KvMessage, SansIoNode<KvMessage>> net = SimNetwork.<KvMessage, SansIoNode<KvMessage>>builder()
                .random(scenario.random())
                .nodes(REPLICAS + CLIENTS, (id, random) -> id.index() < REPLICAS
                        ? new ReplicaNode(id, REPLICAS)
                        : new ClientNode(id, scriptOf(scenario, id.index() - REPLICAS), REPLICAS, readsFromBackups, random, history))
                .faults(NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(12).lossRate(0.02).build())
                .build();
        history.attach(net);
        net.runUntil(nodes -> nodes.values().stream().allMatch(node -> !(node instanceof ClientNode client) || client.done()), 10_000);
        return history.history();
    }

    private static List<KvOp> scriptOf(Scenario scenario, int client) {
        return scenario.ops().stream().filter(op -> op.client() == client).map(ClientOp::op).toList();
    }
}
