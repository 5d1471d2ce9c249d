package dev.simscaffold.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.fault.NetworkFaults;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The planted-bug claim: on {@link BurstRace}, PCT finds the bug in far fewer tries than the default order.
 * A hunt runs tries {@code base * 1,000 + 1, + 2, ...} until one overtakes or its budget of tries passed;
 * the median over {@link #HUNTS} base seeds is what a user waits. Measured with {@link #hunts} and a budget
 * of 2,000 (BENCHMARKS.md): the median hunt takes 3 tries with PCT and 419 with the default order; the
 * test keeps a cheap form of that (uniform's hunts cut at 100 tries). Since PCT places messages as they are
 * queued (a chain either on time or at the end of its windows) its hunts take a median of 6 tries, the slowest
 * of the 50 31 (choosing among enabled events: 3 and at most 20): a try succeeds when node 1's chain is drawn
 * high and node 0's low (one in four) and node 1's drawn delays leave room, where a strict priority over enabled
 * events needed only the first of the two.
 */
class PlantedRaceTest {

    private static final int HUNTS = 50;
    private static final int BUDGET = 2_000;
    private static final NetworkFaults DELAYS = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(8).build();

    static boolean overtaken(long seed, Strategy strategy) {
        SimNetwork<Integer> net = SimNetwork.nodes(3, (id, random, now) -> new BurstRace(id))
                .seed(seed).strategy(strategy).faults(DELAYS).build();
        net.run(20);
        return net.node(NodeId.of(2), BurstRace.class).orElseThrow().overtaken();
    }

    /** Tries to the first failure of each hunt ({@code BUDGET + 1} where none failed), sorted. */
    static int[] hunts(Strategy strategy, int hunts, int budget) {
        int[] tries = new int[hunts];
        for (int base = 0; base < hunts; base++) {
            int found = budget + 1;
            for (int t = 1; t <= budget; t++) {
                if (overtaken(base * 1_000L + t, strategy)) {
                    found = t;
                    break;
                }
            }
            tries[base] = found;
        }
        Arrays.sort(tries);
        return tries;
    }

    @Test
    void pctFindsTheOvertakingBurstInFarFewerTriesThanUniform() {
        int[] pct = hunts(Strategy.pct(3), HUNTS, BUDGET);
        int[] uniform = hunts(Strategy.uniform(), HUNTS, 100);

        assertThat(pct[HUNTS - 1]).as("PCT's slowest hunt of %s", Arrays.toString(pct)).isLessThanOrEqualTo(40);
        assertThat(pct[HUNTS / 2]).as("PCT's median").isLessThanOrEqualTo(8);
        assertThat(Arrays.stream(uniform).filter(t -> t <= 100).count()).as("uniform hunts done within 100 tries")
                .isLessThanOrEqualTo(15);
    }
}
