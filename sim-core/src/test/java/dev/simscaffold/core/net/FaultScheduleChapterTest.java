package dev.simscaffold.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.NetworkFaults;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Keeps chapter 2's generated-schedule example compiling and true: over a few seeds its random schedule crashes a
 * node that forgets to persist and the invariant catches it, while the same seeds pass with a node that persists.
 */
class FaultScheduleChapterTest {

    private static final List<NodeId> IDS = List.of(NodeId.of(0), NodeId.of(1), NodeId.of(2));
    private static final NetworkFaults FAULTS = NetworkFaults.builder().lossRate(0.05).minDelayTicks(1).maxDelayTicks(5).build();

    @Test
    void aGeneratedScheduleFindsTheForgottenPersistAndSparesTheFixedNode() {
        List<Long> failing = new ArrayList<>();
        LongStream.rangeClosed(1, 30).filter(seed -> run(seed, GossipNode.Bug.FORGETS_TO_PERSIST).isPresent()).forEach(failing::add);

        assertThat(failing).as("seeds whose schedule catches the forgetful node").isNotEmpty();
        assertThat(failing).allSatisfy(seed -> assertThat(run(seed, GossipNode.Bug.NONE)).as("seed %d, fixed node", seed).isEmpty());
        assertThat(run(failing.get(0), GossipNode.Bug.FORGETS_TO_PERSIST).orElseThrow().invariant()).isEqualTo("versions never go backwards");
    }

    private static Optional<InvariantViolationError> run(long seed, GossipNode.Bug bug) {
        return run(seed, IDS, GossipNode.factory(3, 10, bug), FAULTS, GossipChecks.versionsNeverGoBackwards());
    }

    private static Optional<InvariantViolationError> run(long seed, List<NodeId> ids,
            DurableNodeFactory<SortedMap<String, Versioned>, GossipNode> factory, NetworkFaults faults,
            Expectation<NetworkView<Sync>> versionsNeverGoBackwards) {
        // DOCS:begin docs/guide/02-network-faults-nemeses.md
        SimContext context = new SimContext(seed);          // or a context over the property engine's stream
        FaultSchedule schedule = FaultSchedule.random(context.fork("schedule"), ids, 500, 6).recoverAllAt(500);
        SimNetwork<Sync> net = SimNetwork.durableNodes(3, factory)
                .context(context).faults(faults).schedule(schedule).expect(versionsNeverGoBackwards).build();
        // DOCS:end
        try {
            for (int i = 0; i < 12; i++) {
                NodeId writer = ids.get(i % 3);
                if (net.isUp(writer)) {
                    String value = "v" + i;
                    net.invoke(writer, GossipNode.class, "put k=" + value, node -> node.put("k", value));
                }
                net.run(50);
            }
            return Optional.empty();
        } catch (InvariantViolationError error) {
            return Optional.of(error);
        }
    }
}
