package dev.simscaffold.testkit.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.simscaffold.core.buggify.Buggify;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.net.DiskNodeFactory;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.corpus.raft.Command;
import dev.simscaffold.corpus.raft.LeaderCompleteness;
import dev.simscaffold.corpus.raft.RaftBug;
import dev.simscaffold.corpus.raft.RaftMessage;
import dev.simscaffold.corpus.raft.RaftServer;
import dev.simscaffold.corpus.raft.RaftTimeouts;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The corpus Raft model-checked as it is, on its disks (#27's Figure 8 bar): 3 servers, a short and a long election
 * timeout ({@code RaftTimeouts.shortOrLong(4, 5, 8)}: one server can win an election before the others time out),
 * disk latency 1, partitions isolating one server (at most {@code raft.modelcheck.partitions}, each
 * healed by a heal move), proposes of one write at any server ({@code raft.modelcheck.writes} of them), leader
 * completeness judged on every state. Opt-in and long: {@code -Draft.modelcheck=true}, with
 * {@code raft.modelcheck.depth} (20), {@code .maxStates} (5,000,000), {@code .search} (dfs or bfs),
 * {@code .bug} (true: Figure 8 planted; false: the correct commit rule). It prints the verdict, states, depth, the
 * search thread's CPU time (the machine's other work does not count) and heap, and asserts only what must hold: the
 * correct Raft is never violated, and a violation of the buggy one is leader completeness.
 *
 * <p>Figure 8 lies beyond depth 20 in this model, where every delivery, timer and disk completion is a move: four
 * elections of five moves each (a timer, the candidate's fsync, the request, the voter's fsync, the vote), the old
 * entry's fsync on its leader, its replication to the voter after one refused AppendEntries (five moves), a message
 * that makes the partitioned first leader step down and one that brings the second leader's server to the third term,
 * two writes, three partitions and two heals: at least 35 moves, before the deliveries fairness forces in between.
 *
 * <p>Leader completeness is judged without history, as a fresh {@link LeaderCompleteness} over the live servers of
 * the state: an entry a server counts committed was committed in its current term or earlier, so a leader of a later
 * term must hold it. A check that remembered past states would be wrong under state merging and snapshots.
 */
@EnabledIfSystemProperty(named = "raft.modelcheck", matches = "true")
class RaftFigure8ModelCheckTest {

    private static final Expectation<NetworkView<RaftMessage>> LEADER_COMPLETE = Expectation.always(LeaderCompleteness.NAME,
            view -> new LeaderCompleteness().check(view.all(RaftServer.class)));

    static NetworkModelCheckBuilder<RaftMessage> raft(Set<RaftBug> bugs, int writes, int partitions, int depth, long maxStates) {
        return raft(bugs, RaftTimeouts.shortOrLong(4, 5, 8), writes, partitions, depth, maxStates);
    }

    static NetworkModelCheckBuilder<RaftMessage> raft(Set<RaftBug> bugs, RaftTimeouts timeouts, int writes, int partitions, int depth,
            long maxStates) {
        return raft(RaftServer.factory(3, bugs, Buggify.disabled(), timeouts), writes, partitions, depth, maxStates);
    }

    /** The model with servers from {@code servers} (such as one timing per server): everything else as above. */
    static NetworkModelCheckBuilder<RaftMessage> raft(DiskNodeFactory<RaftServer> servers, int writes, int partitions, int depth,
            long maxStates) {
        NetworkModelCheckBuilder<RaftMessage> check = NetworkModelCheck.network(
                        context -> SimNetwork.<RaftMessage>diskNodes(3, servers)
                                .storage(StorageFaults.builder().minLatencyTicks(1).maxLatencyTicks(1).build()))
                .expect(LEADER_COMPLETE)
                .inputBudget(writes)
                .partitions(partitions)
                .depth(depth)
                .maxStates(maxStates)
                .stopwatch(ManagementFactory.getThreadMXBean()::getCurrentThreadCpuTime);
        for (int server = 0; server < 3; server++) {
            NodeId id = NodeId.of(server);
            check.input("propose x=" + (server + 1) + " at " + id, id, RaftServer.class,
                    node -> node.propose(new Command("operator", 0, node.id().index() + 1, node.id(), KvOp.write("x", node.id().index() + 1))));
            List<NodeId> others = IntStream.range(0, 3).filter(other -> other != id.index()).mapToObj(NodeId::of).toList();
            check.partition(List.of(id), others);
        }
        return check;
    }

    @Test
    void figure8() {
        boolean bug = Boolean.parseBoolean(System.getProperty("raft.modelcheck.bug", "true"));
        int depth = Integer.getInteger("raft.modelcheck.depth", 20);
        int writes = Integer.getInteger("raft.modelcheck.writes", 2);
        int partitions = Integer.getInteger("raft.modelcheck.partitions", 3);
        long maxStates = Long.getLong("raft.modelcheck.maxStates", 5_000_000L);
        boolean bfs = "bfs".equals(System.getProperty("raft.modelcheck.search", "dfs"));
        NetworkModelCheck<RaftMessage> check = raft(bug ? EnumSet.of(RaftBug.FIGURE_8_COMMIT) : Set.of(), writes, partitions, depth,
                maxStates).build();
        ModelCheckResult<RaftMessage> result = bfs ? check.bfs() : check.dfs();
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "raft model check: bug=%s search=%s writes=%d partitions=%d depth<=%d maxStates=%d%n  %s%n"
                        + "  %.1f CPU-s, %.0f states/CPU-s, peak heap (sum of pool peaks) %d MiB of max %d MiB%n",
                bug, bfs ? "bfs" : "dfs", writes, partitions, depth, maxStates, result.summary(),
                result.elapsedNanos().orElse(0) / 1e9, result.states() * 1e9 / Math.max(1, result.elapsedNanos().orElse(1)),
                peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
        if (!bug) {
            assertNotEquals(ModelCheckResult.Verdict.VIOLATED, result.verdict(), result.summary());
        } else {
            result.counterexample().ifPresent(found -> assertEquals(LeaderCompleteness.NAME, found.expectation(), found.describe()));
        }
    }
}
