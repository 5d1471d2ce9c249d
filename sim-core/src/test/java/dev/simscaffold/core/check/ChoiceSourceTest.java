package dev.simscaffold.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.random.RandomSource;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.random.Xoshiro256StarStar;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChoiceSourceTest {

    private static List<Long> drawMix(SimRandom random) {
        List<Long> values = new ArrayList<>();
        SimRandom effects = random.fork("effects");
        for (int i = 0; i < 20; i++) {
            values.add(random.nextLong());
            values.add(random.between(-5, 5));
            values.add(effects.chance(0.3) ? 1L : 0L);
            values.add(effects.fork("nested").nextLong(1000));
        }
        return values;
    }

    @Test
    void recordingDrawsExactlyWhatTheDefaultGeneratorDrawsForTheSameSeed() {
        List<Long> plain = drawMix(SimRandom.seeded(99));
        List<Long> recorded = drawMix(new SimRandom(ChoiceSource.recording(99, 1000)));

        assertThat(recorded).isEqualTo(plain);
    }

    @Test
    void replayingTheRecordedSequenceReplaysTheRun() {
        ChoiceSource recording = ChoiceSource.recording(5, 1000);
        List<Long> first = drawMix(new SimRandom(recording));

        ChoiceSource replaying = ChoiceSource.replaying(recording.choices(), 5, 1000);
        List<Long> second = drawMix(new SimRandom(replaying));

        assertThat(second).isEqualTo(first);
        assertThat(replaying.choices()).isEqualTo(recording.choices());
    }

    @Test
    void eachForkPathKeepsItsOwnSubSequence() {
        ChoiceSource source = ChoiceSource.recording(1, 1000);
        SimRandom random = new SimRandom(source);
        random.nextLong(10);
        random.fork("a").nextLong(10);
        random.fork("a").fork("b").chance(0.5);
        random.nextLong(10);

        ChoiceSequence choices = source.choices();
        assertThat(choices.streams().keySet()).extracting(ForkPath::toString).containsExactly("root", "a", "a/b");
        assertThat(choices.stream(ForkPath.ROOT)).hasSize(2);
        assertThat(choices.size()).isEqualTo(4);
    }

    @Test
    void forkingTheSamePurposeTwiceSeesTheSameValues() {
        SimRandom random = new SimRandom(ChoiceSource.recording(3, 1000));
        long first = random.fork("x").nextLong();
        long second = random.fork("x").nextLong();

        assertThat(second).isEqualTo(first);
        assertThat(random.fork("x").seed()).isEqualTo(SimRandom.seeded(3).fork("x").seed());
    }

    @Test
    void replayedValuesOutOfRangeAreReducedModuloTheBound() {
        ChoiceSequence wide = ChoiceSequence.ofRoot(List.of(new Choice(ChoiceKind.BOUNDED, 100, 57)));
        ChoiceSource source = ChoiceSource.replaying(wide, 0, 10);

        assertThat(source.nextLong(10)).isEqualTo(7);
        assertThat(source.choices().stream(ForkPath.ROOT)).containsExactly(new Choice(ChoiceKind.BOUNDED, 10, 7));
    }

    @Test
    void replayPastTheEndDrawsTheSimplestValues() {
        ChoiceSource source = ChoiceSource.replaying(ChoiceSequence.EMPTY, 0, 10);

        assertThat(source.nextLong(10)).isZero();
        assertThat(source.nextBoolean(0.99)).isFalse();
        assertThat(source.nextLong()).isZero();
    }

    @Test
    void certainBooleansAreForcedWhateverIsReplayed() {
        ChoiceSequence trues = ChoiceSequence.ofRoot(List.of(
                new Choice(ChoiceKind.BOOLEAN, 2, 1), new Choice(ChoiceKind.BOOLEAN, 2, 0)));
        ChoiceSource source = ChoiceSource.replaying(trues, 0, 10);

        assertThat(source.nextBoolean(0.0)).isFalse();
        assertThat(source.nextBoolean(1.0)).isTrue();
    }

    @Test
    void overrunningTheChoiceLimitDiscardsTheTestCase() {
        ChoiceSource source = ChoiceSource.recording(0, 3);
        source.nextLong();
        source.nextLong();
        source.nextLong();

        assertThatThrownBy(source::nextLong).isInstanceOf(Discard.class).hasMessageContaining("limit of 3 choices");
    }

    @Test
    void aSwarmFaultConfigIsRecordedLikeAnyOtherDraw() {
        ChoiceSource source = ChoiceSource.recording(11, 1000);
        FaultConfig drawn = Gen.faultConfigs().draw(new SimRandom(source));

        assertThat(drawn).isEqualTo(FaultConfig.swarm(SimRandom.seeded(11)));
        FaultConfig replayed = Gen.faultConfigs().draw(new SimRandom(ChoiceSource.replaying(source.choices(), 11, 1000)));
        assertThat(replayed).isEqualTo(drawn);
        FaultConfig simplest = Gen.faultConfigs().draw(new SimRandom(ChoiceSource.replaying(ChoiceSequence.EMPTY, 11, 1000)));
        assertThat(simplest.effects().enabled()).isFalse();
        assertThat(simplest.clock().enabled()).isFalse();
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> ChoiceSource.recording(0, 0)).hasMessageContaining("maxChoices must be > 0, got 0");
        assertThatThrownBy(() -> ChoiceSource.recording(0, 5).fork("")).hasMessageContaining("non-empty");
        assertThatThrownBy(() -> new Choice(ChoiceKind.BOUNDED, 5, 9)).hasMessageContaining("got 9");
    }

    private static String harnessFingerprint(RandomSource source) {
        SimHarness<Integer, Integer, Integer> harness = SimHarness.<Integer, Integer, Integer>builder(
                        (state, input, now) -> Step.of(state + input, state + input, -input))
                .context(new SimContext(new SimRandom(source)))
                .instances(3, 0)
                .faults(FaultConfig.hostile())
                .build();
        for (int step = 0; step < 200; step++) {
            harness.apply(step % 3, step);
            harness.advance(step % 7);
        }
        return harness.trace().fingerprintHex();
    }

    @Test
    void aHarnessRunBehindARecordingSourceReplaysToTheSameTrace() {
        ChoiceSource recording = ChoiceSource.recording(31, 100_000);
        String recorded = harnessFingerprint(recording);

        String replayed = harnessFingerprint(ChoiceSource.replaying(recording.choices(), 31, 100_000));
        String unrecorded = harnessFingerprint(new Xoshiro256StarStar(31));

        assertThat(replayed).isEqualTo(recorded);
        assertThat(unrecorded).isEqualTo(recorded);
        assertThat(recording.choices().streams().keySet()).extracting(ForkPath::toString).containsExactly("clock", "effects");
        assertThat(recording.choices().stream(new ForkPath(List.of("effects")))).anyMatch(choice -> !choice.isSimplest());
    }
}
