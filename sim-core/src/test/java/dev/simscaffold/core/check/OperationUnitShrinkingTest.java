package dev.simscaffold.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Client operations drawn as {@link ActionCount#OPERATION_PREFIX} spans, each opening with "one more
 * operation?", are units of a counterexample: a client's "no more" is no operation ({@link ActionCount}
 * does not count it), and shrinking deletes operation spans (the span passes need nothing more: a pass
 * removing them as units like {@link FaultPasses} gave the same shrunk sizes on the corpus Raft's stale read)
 * down to the ones the bug needs.
 *
 * <p>The toy client issues operations until its decision says no, each with a key in [0, 10) and a pause
 * drawn on another stream; the bug needs {@value #NEEDED} writes to key 7.
 */
class OperationUnitShrinkingTest {

    private static final int NEEDED = 3;
    private static final String OPERATION = ActionCount.OPERATION_PREFIX + "toy";

    /** Draws the client's operations: the keys, one per operation, until "no more". */
    private static List<Integer> operations(SimRandom random) {
        SimRandom pauses = random.fork("pauses");
        List<Integer> keys = new ArrayList<>();
        while (true) {
            int key = random.span(OPERATION, () -> random.chance(0.97) ? random.nextInt(10) : -1);
            if (key < 0) {
                return keys;
            }
            pauses.nextInt(5);
            keys.add(key);
        }
    }

    private static void run(SimRandom random) {
        long writesToSeven = operations(random).stream().filter(key -> key == 7).count();
        if (writesToSeven >= NEEDED) {
            throw new AssertionError(writesToSeven + " writes to key 7");
        }
    }

    @Test
    void aClientsNoMoreIsNoOperation() {
        Falsified<SimRandom> failure = (Falsified<SimRandom>) PropertyRunner.check(Gen.liveRandom(), PropertySettings.seeded(1), OperationUnitShrinkingTest::run);
        SimRandom replay = PropertyRunner.replay(Gen.liveRandom(), failure.original().choices(), failure.failingSeed());

        assertThat(failure.original().actions()).isEqualTo(new ActionCount(operations(replay).size(), 0));
    }

    @Test
    void aRunWithManyOperationsShrinksToTheOnesTheBugNeeds() {
        List<String> misses = new ArrayList<>();
        int longOriginals = 0;
        for (long seed = 1; seed <= 10; seed++) {
            Falsified<SimRandom> failure = (Falsified<SimRandom>) PropertyRunner.check(Gen.liveRandom(), PropertySettings.seeded(seed), OperationUnitShrinkingTest::run);
            if (failure.original().actions().operations() >= 10) {
                longOriginals++;
            }
            if (!failure.shrunk().actions().equals(new ActionCount(NEEDED, 0))) {
                misses.add("seed " + seed + ": " + failure.shrunk().actions() + " from " + failure.original().actions());
            }
        }
        assertThat(longOriginals).as("originals with at least 10 operations").isGreaterThanOrEqualTo(5);
        assertThat(misses).isEmpty();
    }

    @Test
    void operationsAreTheOutermostOperationSpans() {
        Falsified<SimRandom> failure = (Falsified<SimRandom>) PropertyRunner.check(Gen.liveRandom(), PropertySettings.seeded(2), OperationUnitShrinkingTest::run);

        assertThat(failure.original().spans()).filteredOn(span -> span.label().equals(OPERATION))
                .hasSize(failure.original().actions().operations())
                .allMatch(span -> span.size() >= 2);
    }

    @Test
    void aGeneratedWorkloadCountsEachOperationOnceAndShrinksToTheOnesTheBugNeeds() {
        Gen<List<Integer>> workload = Gen.operations("toy", Gen.ints(0, 9), 40, 20);
        for (long seed = 1; seed <= 5; seed++) {
            Falsified<List<Integer>> failure = (Falsified<List<Integer>>) PropertyRunner.check(workload, PropertySettings.seeded(seed), keys -> {
                if (keys.stream().filter(key -> key == 7).count() >= NEEDED) {
                    throw new AssertionError("writes to key 7");
                }
            });

            assertThat(failure.original().actions()).isEqualTo(new ActionCount(failure.original().value().size(), 0));
            assertThat(failure.shrunk().value()).as("seed " + seed).isEqualTo(List.of(7, 7, 7));
            assertThat(failure.shrunk().actions()).isEqualTo(new ActionCount(NEEDED, 0));
        }
    }

    @Test
    void aWorkloadOfNoKindIsRefusedByName() {
        assertThatThrownBy(() -> Gen.operations(" ", Gen.ints(0, 9), 4, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> Gen.operations("toy", Gen.ints(0, 9), 4, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("averageSize");
    }
}
