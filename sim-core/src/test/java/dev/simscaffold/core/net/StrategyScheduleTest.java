package dev.simscaffold.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.explore.Strategy;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PCT, POS and the portfolio pick only schedules a plain {@link SimNetwork} makes, and replay from seed and
 * strategy: the check of {@link RandomWalkScheduleTest} (replay each run on a plain network whose delays
 * are the ones its messages ended up with, compare the traces event for event) for each strategy, by its
 * text form. Replay a failing seed with {@code RandomWalkScheduleTest.run(seed, Strategy.parse(name))}.
 */
class StrategyScheduleTest {

    @ParameterizedTest
    @ValueSource(strings = {"pct:1", "pct:3", "pct:3:20", "pos", "portfolio:pct:3,pos,random-walk,uniform"})
    void everyScheduleIsAPlainRunWithTheDelaysItsMessagesEndedUpWith(String name) {
        Strategy strategy = Strategy.parse(name);
        int differentFromUniform = 0;
        for (long seed = 1; seed <= 20; seed++) {
            SimNetwork<Chatter.Note> run = RandomWalkScheduleTest.run(seed, strategy);
            List<Long> delays = RandomWalkScheduleTest.delays(run.trace().events());
            assertThat(delays).as("seed %d", seed).isNotEmpty().allSatisfy(delay -> assertThat(delay)
                    .isBetween(RandomWalkScheduleTest.MIN_DELAY, RandomWalkScheduleTest.MAX_DELAY));

            SimNetwork<Chatter.Note> plain = RandomWalkScheduleTest.replay(seed, delays);

            assertThat(RandomWalkScheduleTest.lines(plain)).as("seed %d", seed)
                    .containsExactlyElementsOf(RandomWalkScheduleTest.lines(run));
            if (!run.trace().fingerprintHex().equals(RandomWalkScheduleTest.run(seed, Strategy.uniform()).trace().fingerprintHex())) {
                differentFromUniform++;
            }
        }
        assertThat(differentFromUniform).as("runs whose schedule %s changed", name).isGreaterThanOrEqualTo(15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pct:2", "pct:3:50", "pos", "portfolio:pct:3,pos"})
    void aRunReplaysByteForByteFromSeedAndStrategy(String name) {
        SimNetwork<Chatter.Note> first = RandomWalkScheduleTest.run(7, Strategy.parse(name));
        SimNetwork<Chatter.Note> again = RandomWalkScheduleTest.run(7, Strategy.parse(name));

        assertThat(RandomWalkScheduleTest.lines(again)).containsExactlyElementsOf(RandomWalkScheduleTest.lines(first));
        assertThat(again.trace().fingerprintHex()).isEqualTo(first.trace().fingerprintHex())
                .isNotEqualTo(RandomWalkScheduleTest.run(8, Strategy.parse(name)).trace().fingerprintHex());
    }
}
