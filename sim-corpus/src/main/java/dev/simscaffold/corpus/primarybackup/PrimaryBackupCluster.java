package dev.simscaffold.corpus.primarybackup;

import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.history.History;
import dev.simscaffold.core.history.HistoryRecorder;
import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.net.SimNetwork;
import java.util.Set;

/**
 * Runs the primary-backup key-value store: {@link #REPLICAS} replicas and {@link #CLIENTS} clients on a
 * {@link SimNetwork} with delays of 1 to 12 ticks (so messages reorder) and 2% message loss, every client running
 * its part of a {@link PbScenario}, and returns the history the clients recorded, to be checked for
 * linearizability against {@code KvModel.kv()}.
 */
public final class PrimaryBackupCluster {

    /** How many replicas; {@code node-0} is the primary. */
    public static final int REPLICAS = 3;
    /** How many clients; they follow the replicas. */
    public static final int CLIENTS = 3;

    private PrimaryBackupCluster() {
    }

    /**
     * Runs a scenario until every client has finished its script.
     *
     * @param scenario the workload and the network's stream
     * @param bugs the planted bugs, empty for the correct protocol
     * @return the clients' history
     */
    public static History<KvOp, Long> run(PbScenario scenario, Set<PrimaryBackupBug> bugs) {
        boolean readsFromBackups = bugs.contains(PrimaryBackupBug.READS_FROM_BACKUPS);
        HistoryRecorder<KvOp, Long> history = HistoryRecorder.create();
        SimNetwork<PbMessage> net = SimNetwork.nodes(REPLICAS, (id, random, now) -> new PbReplica(id, REPLICAS))
                .nodes(CLIENTS, (id, random, now) ->
                        new PbClient(id, scenario.scriptOf(id.index() - REPLICAS), REPLICAS, readsFromBackups, random, history))
                .random(scenario.random())
                .faults(NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(12).lossRate(0.02).build())
                .build();
        history.attach(net);
        net.runUntil(view -> view.all(PbClient.class).stream().allMatch(PbClient::done), 10_000);
        return history.history();
    }
}
