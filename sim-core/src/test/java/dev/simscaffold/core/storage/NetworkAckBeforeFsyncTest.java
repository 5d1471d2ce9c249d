package dev.simscaffold.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Passed;
import dev.simscaffold.core.check.PropertyResult;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.net.FaultEvent;
import dev.simscaffold.core.net.FaultSchedule;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.EventKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README example on a {@code SimNetwork}: a server that acknowledges a put before fsyncing it loses an
 * acknowledged put when a scheduled power loss hits its machine; the network invariant catches it and the
 * property engine shrinks the case to one put and one power loss. The fixed server survives every seed.
 * Replay a failure with {@code PropertyRunner.replay(DiskNetScenario.SCENARIOS, choices, seed)}.
 */
class NetworkAckBeforeFsyncTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void ackBeforeFsyncLosesAnAcknowledgedPutUnderAScheduledPowerLossAndShrinksToOnePutAndOnePowerLoss(long seed) {
        PropertyResult<DiskNetScenario> result = PropertyRunner.check(DiskNetScenario.SCENARIOS, PropertySettings.seeded(seed), s -> s.run(false));

        assertThat(result).isInstanceOf(Falsified.class);
        Falsified<DiskNetScenario> failure = (Falsified<DiskNetScenario>) result;
        assertThat(failure.shrunk().failure()).isInstanceOfSatisfying(InvariantViolationError.class,
                error -> assertThat(error.invariant()).isEqualTo("acknowledged puts survive"));
        DiskNetScenario shrunk = failure.shrunk().value();
        assertThat(shrunk.puts()).isEqualTo(1);
        assertThat(shrunk.schedule().events()).hasSize(1).first().isInstanceOf(FaultEvent.PowerLoss.class);

        DiskNetScenario replayed = PropertyRunner.replay(DiskNetScenario.SCENARIOS, failure.shrunk().choices(), failure.failingSeed());
        InvariantViolationError error = (InvariantViolationError) catchRun(replayed);
        assertThat(error.trace().count(EventKind.DISK_WRITE)).isEqualTo(1);
        assertThat(error.trace().count(EventKind.POWER_LOSS)).isEqualTo(1);
        assertThat(error.trace().count(EventKind.DISK_FSYNC)).isZero();
    }

    @Test
    void theFixedServerKeepsEveryAcknowledgedPutOverAThousandSeeds() {
        PropertyResult<DiskNetScenario> result = PropertyRunner.check(
                DiskNetScenario.SCENARIOS, PropertySettings.seeded(11).withTries(1000), s -> s.run(true));
        assertThat(result).isInstanceOf(Passed.class);
        assertThat(result.triesRun()).isEqualTo(1000);
    }

    @Test
    void processCrashesAloneNeverRevealTheMissingFsyncOnTheNetworkEither() {
        PropertyResult<DiskNetScenario> result = PropertyRunner.check(DiskNetScenario.SCENARIOS.filter("no power loss",
                        s -> s.schedule().events().stream().noneMatch(FaultEvent.PowerLoss.class::isInstance)),
                PropertySettings.seeded(5).withTries(300), s -> s.run(false));
        assertThat(result).isInstanceOf(Passed.class);
    }

    @Test
    void theBugNeedsAnAcknowledgementBeforeThePowerLoss() {
        FaultSchedule lossBeforeTheFirstPut = FaultSchedule.of(List.of(DiskNetScenario.SERVER),
                List.of(new FaultEvent.PowerLoss(0, DiskNetScenario.SERVER)));
        DiskNetScenario early = new DiskNetScenario(1, lossBeforeTheFirstPut, SimRandom.seeded(1));
        assertThat(early.run(false).ledger()).isEmpty();

        FaultSchedule lossAfterTheAck = FaultSchedule.of(List.of(DiskNetScenario.SERVER),
                List.of(new FaultEvent.PowerLoss(5, DiskNetScenario.SERVER)));
        assertThatThrownBy(() -> new DiskNetScenario(1, lossAfterTheAck, SimRandom.seeded(1)).run(false))
                .isInstanceOf(InvariantViolationError.class)
                .hasMessageContaining("node-0 lost acknowledged put 0=1000");
        assertThat(new DiskNetScenario(1, lossAfterTheAck, SimRandom.seeded(1)).run(true).ledger()).containsEntry(0, 1000);
    }

    private static Throwable catchRun(DiskNetScenario scenario) {
        try {
            scenario.run(false);
        } catch (InvariantViolationError error) {
            return error;
        }
        throw new AssertionError("the shrunk scenario passed on replay");
    }
}
