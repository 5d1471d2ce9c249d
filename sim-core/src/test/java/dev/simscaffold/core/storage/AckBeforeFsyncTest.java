package dev.simscaffold.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.Passed;
import dev.simscaffold.core.check.PropertyResult;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.storage.KvScenario.Op;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.Trace;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README example: a store that acknowledges a put before fsyncing it loses an acknowledged put under
 * power loss, and the property engine shrinks the failure to one put and one power loss; the fixed store
 * survives. Replay a failure with its printed seed: {@code PropertyRunner.replay(scenarios, choices, seed)}.
 */
class AckBeforeFsyncTest {

    /** Scenarios of puts, power losses and process crashes. */
    private static final Gen<KvScenario> EVERY_OP = KvScenario.scenarios(Op.PUT, Op.POWER_LOSS, Op.PROCESS_CRASH);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 7, 42, 99})
    void ackBeforeFsyncLosesAnAcknowledgedPutAndShrinksToOnePutAndOnePowerLoss(long seed) {
        PropertyResult<KvScenario> result = PropertyRunner.check(EVERY_OP, PropertySettings.seeded(seed), s -> s.run(false));

        assertThat(result).isInstanceOf(Falsified.class);
        Falsified<KvScenario> failure = (Falsified<KvScenario>) result;
        assertThat(failure.shrunk().failure()).isInstanceOf(AssertionError.class).hasMessageContaining("lost after POWER_LOSS");
        assertThat(failure.shrunk().value().ops()).containsExactly(Op.PUT, Op.POWER_LOSS);
        assertThat(failure.original().value().ops().size()).isGreaterThanOrEqualTo(2);

        assertTheShrunkRunWritesOnceAndLosesPowerOnce(failure);
    }

    @Test
    void theShrunkScenarioHasOneWriteOneCrashAndNoOtherFault() {
        Falsified<KvScenario> failure = (Falsified<KvScenario>) PropertyRunner.check(EVERY_OP, PropertySettings.seeded(7), s -> s.run(false));
        KvScenario shrunk = failure.shrunk().value();
        assertThat(Collections.frequency(shrunk.ops(), Op.PUT)).isEqualTo(1);
        assertThat(Collections.frequency(shrunk.ops(), Op.POWER_LOSS) + Collections.frequency(shrunk.ops(), Op.PROCESS_CRASH)).isEqualTo(1);

        assertTheShrunkRunWritesOnceAndLosesPowerOnce(failure);
    }

    @Test
    void processCrashesAloneNeverRevealTheMissingFsyncBecauseThePageCacheSurvives() {
        PropertyResult<KvScenario> result = PropertyRunner.check(
                KvScenario.scenarios(Op.PUT, Op.PROCESS_CRASH), PropertySettings.seeded(5).withTries(300), s -> s.run(false));
        assertThat(result).isInstanceOf(Passed.class);
    }

    @Test
    void fsyncBeforeAckSurvivesAThousandSeedsOfPowerLossesTornWritesAndCrashes() {
        PropertyResult<KvScenario> result = PropertyRunner.check(
                EVERY_OP, PropertySettings.seeded(11).withTries(1000), s -> s.run(true));
        assertThat(result).isInstanceOf(Passed.class);
        assertThat(result.triesRun()).isEqualTo(1000);
    }

    /** Replays the shrunk case and checks its trace: one write, one power loss, no torn write. */
    private static void assertTheShrunkRunWritesOnceAndLosesPowerOnce(Falsified<KvScenario> failure) {
        KvScenario replayed = PropertyRunner.replay(EVERY_OP, failure.shrunk().choices(), failure.failingSeed());
        Trace trace = Trace.full();
        assertThatThrownBy(() -> replayed.run(false, trace)).isInstanceOf(AssertionError.class);
        assertThat(trace.count(EventKind.DISK_WRITE)).isEqualTo(1);
        assertThat(trace.count(EventKind.POWER_LOSS)).isEqualTo(1);
        assertThat(trace.count(EventKind.DISK_TORN_WRITE)).isZero();
    }
}
