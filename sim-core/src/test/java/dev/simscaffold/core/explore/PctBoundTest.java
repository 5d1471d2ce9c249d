package dev.simscaffold.core.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PCT's printed bound is a real lower bound: on a planted two-chain race whose size is known, the share of
 * runs that hit the bug is at least what {@link Strategy#bound} promises, and the default order never hits
 * it. Strategies without a guarantee say "no bound", and bad sizes are refused naming the value.
 */
class PctBoundTest {

    /** Chain A is node 0's three messages to node 1, chain B node 1's three to node 0; A's queue first. */
    private static final int PER_CHAIN = 3;

    /**
     * Runs both chains to the end, one chosen event at a time, and returns whether the order was the bug:
     * A's first event, then all of B, then the rest of A (depth 2: A above B, then A demoted after one step).
     */
    private static boolean hitsTheBug(Chooser chooser) {
        List<List<EnabledEvent>> chains = List.of(chain(0, 1, 0), chain(1, 0, PER_CHAIN));
        int[] next = new int[2];
        StringBuilder order = new StringBuilder();
        while (next[0] < PER_CHAIN || next[1] < PER_CHAIN) {
            List<EnabledEvent> enabled = new ArrayList<>();
            List<Integer> owners = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                if (next[c] < PER_CHAIN) {
                    enabled.add(chains.get(c).get(next[c]));
                    owners.add(c);
                }
            }
            int owner = owners.get(chooser.choose(EnabledEvents.of(enabled)));
            next[owner]++;
            order.append(owner == 0 ? 'A' : 'B');
        }
        return order.toString().equals("ABBBAA");
    }

    private static List<EnabledEvent> chain(int from, int to, long firstSequence) {
        List<EnabledEvent> events = new ArrayList<>();
        for (int i = 0; i < PER_CHAIN; i++) {
            events.add(new EnabledEvent(EnabledEvent.Kind.DELIVER, 1, 1, firstSequence + i, List.of(to), from));
        }
        return events;
    }

    private static double hitRate(Strategy strategy, int runs) {
        int hits = 0;
        for (long seed = 1; seed <= runs; seed++) {
            if (hitsTheBug(strategy.chooser(SimRandom.seeded(seed)))) {
                hits++;
            }
        }
        return (double) hits / runs;
    }

    @Test
    void theBoundHoldsOnAPlantedRaceOfKnownSize() {
        // Two chains, five decisions (the sixth event is forced): PCT with change points over five decisions.
        Strategy pct = Strategy.parse("pct:2:5");
        double bound = pct.bound(2, 5).orElseThrow();

        assertThat(bound).isEqualTo(1.0 / (2 * 5));
        assertThat(hitRate(pct, 4_000)).as("at least the bound, less three standard errors").isGreaterThan(bound - 3 * Math.sqrt(bound * (1 - bound) / 4_000));
        assertThat(hitRate(Strategy.uniform(), 200)).isZero();
        double shared = Strategy.portfolio(Strategy.pct(2), Strategy.pos()).bound(2, 5).orElseThrow();
        assertThat(shared).isEqualTo(Strategy.pct(2).bound(2, 5).orElseThrow() / 2);
    }

    @Test
    void theSentenceGivesTheFormulaAndWhatALongerRunLeavesOut() {
        assertThat(Strategy.pct(3).describeBound(7, 412)).isEqualTo(
                "pct:3 on a run of 412 decisions over 7 chains: a bug of depth 3 is hit with probability >= 1/(7*500^2) = 5.7e-07 per run");
        assertThat(Strategy.pct(2).describeBound(4, 900)).contains("1/(4*500) = 0.00050 per run")
                .endsWith("if its ordering points fall within the first 500 decisions (later ones get no change point; raise the length with pct:2:900)");
        assertThat(Strategy.pct(1).describeBound(4, 10)).contains("probability >= 1/4 = 0.25 per run");
        assertThat(Strategy.uniform().bound(3, 10)).isEmpty();
        assertThat(Strategy.pos().describeBound(3, 10)).isEqualTo("pos on a run of 10 decisions over 3 chains: no bound on hitting a bug of any depth");
        assertThat(Strategy.parse("portfolio:pct:3,pos").describeBound(7, 412)).contains("probability >= 2.9e-07 per run");
    }

    @Test
    void aRunSizeThatCannotBeIsRefusedNamingIt() {
        assertThatThrownBy(() -> Strategy.pct(3).bound(0, 10)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chains").hasMessageContaining("got 0");
        assertThatThrownBy(() -> Strategy.uniform().describeBound(2, -1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decisions").hasMessageContaining("got -1");
    }
}
