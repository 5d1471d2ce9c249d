package dev.simscaffold.corpus.raft;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.net.FaultSchedule;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.RunVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Scripted runs that walk the corpus Raft into the one situation each planted bug needs, written as the
 * narrated steps of the paper's figures. Random faults almost never produce these sequences (which is what the
 * strategies and nemeses of later issues are measured against); each script is the committed, replayable
 * evidence that its bug breaks its invariant, and the correct protocol passes the very same steps. A script
 * reacts to the run (it waits for "a leader", not for a node it guessed), so the seed decides only timeouts.
 */
public final class RaftScenarios {

    private static final long STEP_TICKS = 1_000;

    private RaftScenarios() {
    }

    /**
     * Raft's Figure 8 on three servers, without clients or random faults. (a) Leader A of term a stores an
     * entry alone, cut off, and crashes. (b) Leader X of a later term, among the other two, stores a different
     * entry at the same index alone and crashes. (c) A restarts, wins with the vote of the remaining server Y
     * and replicates its old entry to Y: that entry is now on a majority, but it is of an earlier term, so the
     * correct leader does not count it as committed, while the buggy one does; then A crashes. (d) X restarts
     * and wins with Y's vote, since its last term is newer than Y's: with {@link RaftBug#FIGURE_8_COMMIT} it
     * leads without an entry A had committed, breaking {@value LeaderCompleteness#NAME}.
     *
     * @param seed the run's seed (election timeouts)
     * @param bugs the planted bugs
     * @return the verdict
     */
    public static RunVerdict figure8(long seed, Set<RaftBug> bugs) {
        return figure8(seed, bugs, RaftCluster.invariants());
    }

    static RunVerdict figure8(long seed, Set<RaftBug> bugs, List<RaftInvariant> invariants) {
        RaftCluster cluster = RaftCluster.start(seed, RaftSetup.correct().withClients(0).withBugs(bugs), FaultSchedule.none(), invariants);
        SimNetwork<RaftMessage> network = cluster.network();
        return cluster.check(() -> {
            RaftServer a = awaitLeader(network, server -> true);
            long termA = a.currentTerm();
            List<NodeId> othersThanA = othersThan(cluster, a.id());
            network.partition(List.of(a.id()), othersThanA);
            network.invoke(a.id(), RaftServer.class, "propose write x=1", server -> server.propose(operatorWrite(a.id(), 1)));
            network.run(5);
            network.crash(a.id());
            network.heal();

            RaftServer x = awaitLeader(network, server -> server.currentTerm() > termA);
            NodeId y = othersThanA.get(othersThanA.get(0).equals(x.id()) ? 1 : 0);
            network.partition(List.of(x.id()), List.of(y));
            network.invoke(x.id(), RaftServer.class, "propose write x=2", server -> server.propose(operatorWrite(x.id(), 2)));
            network.run(5);
            network.crash(x.id());
            network.heal();

            network.restart(a.id());
            awaitLeader(network, server -> server.id().equals(a.id()));
            network.run(30);
            network.crash(a.id());

            network.restart(x.id());
            awaitLeader(network, server -> server.id().equals(x.id()));
            network.run(30);
            network.invoke(x.id(), RaftServer.class, "propose write x=3", server -> server.propose(operatorWrite(x.id(), 3)));
            network.run(30);
        });
    }

    /**
     * A vote lost to a power loss, on three servers without clients: node-0 and node-2 cannot reach each other,
     * node-1 hears both, and every disk operation takes 5 ticks. The script waits until a server grants a vote,
     * lets 2 ticks pass (the vote, if it was sent, reaches its candidate) and cuts that server's power before the
     * vote record is durable, then restarts it. With {@link RaftBug#VOTE_BEFORE_FSYNC} the candidate has won with
     * a vote the voter no longer remembers, the voter grants the same term's vote to the other candidate, and two
     * leaders of one term break {@value ElectionSafety#NAME}. Then every server that believes it leads accepts a
     * write: two leaders of one term put different entries at one index with one term, which, without the
     * election-safety check, breaks {@value LogMatching#NAME}.
     *
     * @param seed the run's seed (election timeouts); it must let node-1 be the first voter
     * @param bugs the planted bugs
     * @return the verdict
     */
    public static RunVerdict voteLostToPowerLoss(long seed, Set<RaftBug> bugs) {
        return voteLostToPowerLoss(seed, bugs, RaftCluster.invariants());
    }

    static RunVerdict voteLostToPowerLoss(long seed, Set<RaftBug> bugs, List<RaftInvariant> invariants) {
        FaultConfig slowDisks = FaultConfig.builder().storage(storage -> storage.minLatencyTicks(5).maxLatencyTicks(5)).build();
        RaftSetup setup = RaftSetup.correct().withClients(0).withBugs(bugs).withFaults(slowDisks);
        RaftCluster cluster = RaftCluster.start(seed, setup, FaultSchedule.none(), invariants);
        SimNetwork<RaftMessage> network = cluster.network();
        return cluster.check(() -> {
            network.partition(List.of(NodeId.of(0)), List.of(NodeId.of(2)));
            RaftServer voter = awaitServer(network, server -> server.role() == RaftRole.FOLLOWER && server.votedFor() >= 0
                    && server.votedFor() != server.id().index());
            network.run(2);
            network.powerLoss(voter.id());
            network.restart(voter.id());
            network.run(400);
            for (RaftServer leader : cluster.servers()) {
                network.invoke(leader.id(), RaftServer.class, "propose write x=" + leader.id().index(),
                        server -> server.propose(operatorWrite(leader.id(), leader.id().index())));
            }
            network.run(30);
        });
    }

    /**
     * A leader cut off with one client, on three servers with two clients and no random faults. Once a leader
     * has served some operations, it and {@code client-3} are partitioned from the other servers and
     * {@code client-4}; the majority elects a new leader and {@code client-4} writes through it, while the old
     * leader still believes it leads. With {@link RaftBug#STALE_LEADER_READ} it answers {@code client-3}'s reads
     * from its own, now stale, state, and the clients' history is not linearizable.
     *
     * @param seed the run's seed (timeouts and the clients' operations)
     * @param bugs the planted bugs
     * @return the verdict
     */
    public static RunVerdict leaderCutOffWithAClient(long seed, Set<RaftBug> bugs) {
        RaftSetup setup = RaftSetup.correct().withBugs(bugs).withWorkloadTicks(600).withTraceMode(TraceMode.FULL);
        RaftCluster cluster = RaftCluster.start(seed, setup);
        SimNetwork<RaftMessage> network = cluster.network();
        return cluster.check(() -> {
            RaftServer old = awaitLeader(network, server -> server.commitIndex() >= 4);
            List<NodeId> minority = List.of(old.id(), NodeId.of(3));
            List<NodeId> majority = new ArrayList<>(othersThan(cluster, old.id()));
            majority.add(NodeId.of(4));
            network.partition(minority, majority);
            network.run(500);
            network.heal();
            network.run(200);
        });
    }

    private static Command operatorWrite(NodeId server, long value) {
        return new Command("operator", 0, value, server, KvOp.write("x", value));
    }

    private static List<NodeId> othersThan(RaftCluster cluster, NodeId excluded) {
        List<NodeId> others = new ArrayList<>(cluster.serverIds());
        others.remove(excluded);
        return others;
    }

    private static RaftServer awaitLeader(SimNetwork<RaftMessage> network, Predicate<RaftServer> which) {
        return awaitServer(network, server -> server.role() == RaftRole.LEADER && which.test(server));
    }

    private static RaftServer awaitServer(SimNetwork<RaftMessage> network, Predicate<RaftServer> which) {
        if (!network.runUntil(view -> view.all(RaftServer.class).stream().anyMatch(which), STEP_TICKS).held()) {
            throw new IllegalStateException("the scenario waited " + STEP_TICKS + " ticks in vain at t=" + network.now()
                    + " (seed " + network.seed() + "): " + network.view().live().values());
        }
        return network.view().all(RaftServer.class).stream().filter(which).findFirst().orElseThrow();
    }
}
