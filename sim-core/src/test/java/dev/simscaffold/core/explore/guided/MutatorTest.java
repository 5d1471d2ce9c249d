package dev.simscaffold.core.explore.guided;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.check.ForkPath;
import dev.simscaffold.core.check.Span;
import dev.simscaffold.core.explore.FaultSpans;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What each mutation does to a kept try's draws: truncation keeps the draws made before a point on every stream, a
 * splice continues each stream with the other try's draws from where the first stopped, a replaced span leaves its
 * draws to fresh randomness, a shifted fault moves its block along its stream; a try replays its plan exactly.
 */
class MutatorTest {

    private static final ForkPath FAULTS = ForkPath.ROOT.child("faults");

    /** Four events, each a root draw then a crash decision on the fault stream; event 1's crash happens (a victim drawn too). */
    private static TryRecording recorded(long seed, TreeMap<ForkPath, List<Long>> plan) {
        TryRecorder recorder = new TryRecorder(plan);
        SimRandom root = new SimRandom(new TrySource(recorder, ForkPath.ROOT, seed, Strategy.uniform()));
        SimRandom faults = root.fork("faults");
        for (int event = 0; event < 4; event++) {
            root.nextLong(100);
            int current = event;
            faults.span(FaultSpans.CRASH, () -> {
                if (faults.chance(current == 1 ? 1.0 : 0.0)) {
                    faults.nextLong(3);
                }
            });
        }
        return recorder.recording();
    }

    private static List<Long> values(TryRecording recording, ForkPath path) {
        return recording.streams().get(path).stream().map(Draw::value).toList();
    }

    @Test
    void aTryReplaysItsPlanAndDrawsFreshWhereThePlanHasNone() {
        TryRecording original = recorded(1, new TreeMap<>());
        TryRecording replayed = recorded(99, original.values());
        TreeMap<ForkPath, List<Long>> holed = original.values();
        holed.get(ForkPath.ROOT).set(0, null);
        TryRecording fresh = recorded(99, holed);

        assertThat(replayed.choices()).isEqualTo(original.choices());
        assertThat(values(fresh, FAULTS)).isEqualTo(values(original, FAULTS));
        assertThat(values(fresh, ForkPath.ROOT).subList(1, 4)).isEqualTo(values(original, ForkPath.ROOT).subList(1, 4));
    }

    @Test
    void truncationKeepsTheDrawsMadeBeforeThePointOnEveryStream() {
        TryRecording original = recorded(1, new TreeMap<>());
        TreeMap<ForkPath, List<Long>> plan = Mutator.truncate(original, 3);

        assertThat(plan.get(ForkPath.ROOT)).isEqualTo(values(original, ForkPath.ROOT).subList(0, 2));
        assertThat(plan.get(FAULTS)).isEqualTo(values(original, FAULTS).subList(0, 1));
    }

    @Test
    void aSpliceContinuesEachStreamWithTheOtherTrysDrawsFromWhereTheFirstStopped() {
        TryRecording first = recorded(1, new TreeMap<>());
        TryRecording second = recorded(2, new TreeMap<>());
        TreeMap<ForkPath, List<Long>> plan = Mutator.splice(first, second, 3);

        List<Long> root = new ArrayList<>(values(first, ForkPath.ROOT).subList(0, 2));
        root.addAll(values(second, ForkPath.ROOT).subList(2, 4));
        assertThat(plan.get(ForkPath.ROOT)).isEqualTo(root);
        List<Long> faults = new ArrayList<>(values(first, FAULTS).subList(0, 1));
        faults.addAll(values(second, FAULTS).subList(1, values(second, FAULTS).size()));
        assertThat(plan.get(FAULTS)).isEqualTo(faults);
    }

    @Test
    void theFaultThatHappenedIsTheOneSpanThatFiredAndShiftingMovesItsBlockAlongItsStream() {
        TryRecording original = recorded(1, new TreeMap<>());
        List<Span> fired = original.firedFaults();

        assertThat(fired).hasSize(1);
        assertThat(fired.get(0).size()).isEqualTo(2);
        assertThat(values(original, FAULTS)).hasSize(5);
        List<Long> stream = new ArrayList<>(Arrays.asList(0L, 1L, 2L, 0L, 0L));
        Mutator.move(stream, 1, 3, 2);
        assertThat(stream).containsExactly(0L, 0L, 0L, 1L, 2L);
        Mutator.move(stream, 3, 5, -10);
        assertThat(stream).containsExactly(1L, 2L, 0L, 0L, 0L);
    }
}
