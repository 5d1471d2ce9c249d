package org.acme.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import org.acme.coordination.LeaseTableInput.Acquire;
import org.acme.coordination.LeaseTableInput.Release;
import org.acme.coordination.LeaseTableInput.Renew;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.testkit.exhaustive.ExhaustiveResult;
import dev.simscaffold.testkit.exhaustive.ExhaustiveSearch;
import dev.simscaffold.testkit.exhaustive.ExhaustiveSearchBuilder;
import dev.simscaffold.testkit.scenario.Action;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every interleaving, not a sample: two workers competing for one shard, every sequence of up to
 * {@value #DEPTH} requests and half-TTL pauses, each transition judged by the shipped invariants. Where the
 * simulation samples thousands of runs, this proves the small configuration and, when it fails, returns the
 * shortest path to the failure.
 */
class LeaseTableExhaustiveTest {

    private static final long TTL = 10;
    private static final int DEPTH = 8;
    private static final String SHARD = "shard-0";

    /** Both workers acquire, renew and release (with the first two epochs), and time passes by half a TTL. */
    private static List<Action<LeaseTableInput>> alphabet() {
        List<Action<LeaseTableInput>> actions = new ArrayList<>();
        for (String worker : List.of("worker-0", "worker-1")) {
            actions.add(Action.apply(0, new Acquire(SHARD, worker)));
            for (long epoch = 1; epoch <= 2; epoch++) {
                actions.add(Action.apply(0, new Renew(SHARD, worker, epoch)));
                actions.add(Action.apply(0, new Release(SHARD, worker, epoch)));
            }
        }
        actions.add(Action.advance(TTL / 2));
        return actions;
    }

    private static ExhaustiveResult<LeaseTableInput> explore(StateMachine<LeaseTableState, LeaseTableInput, LeaseTableEffect> rules) {
        ExhaustiveSearchBuilder<LeaseTableState, LeaseTableInput, LeaseTableEffect> search = ExhaustiveSearch.builder(rules)
                .instances(1, LeaseTableState.empty())
                .alphabet(alphabet())
                .depth(DEPTH);
        LeaseTableInvariants.standard().forEach(search::expectStep);
        return search.build().run();
    }

    @Test
    void everyInterleavingOfTwoWorkersOnOneShardIsSafe() {
        ExhaustiveResult<LeaseTableInput> result = explore(new LeaseTableLogic(TTL)).assertHolds();

        assertThat(result.exhausted()).isTrue();
        assertThat(result.statesExplored()).as("distinct states explored").isGreaterThan(100);
    }

    /**
     * The planted expiry bug of {@link PlantedBugTest}: the shortest way to it is one worker acquiring twice,
     * which grants a second lease while the first is live.
     */
    @Test
    void theSearchFindsThePlantedBugByItsShortestPath() {
        ExhaustiveResult<LeaseTableInput> result = explore(PlantedBugTest::grantWithoutCheckingExpiry);

        assertThat(result.counterexample()).hasValueSatisfying(counterexample -> {
            assertThat(counterexample.invariant()).isEqualTo(LeaseTableInvariants.AT_MOST_ONE_LIVE_HOLDER);
            assertThat(counterexample.path()).containsExactly(
                    Action.apply(0, new Acquire(SHARD, "worker-0")), Action.apply(0, new Acquire(SHARD, "worker-0")));
        });
    }
}
