package dev.simscaffold.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.explore.CarryingSource;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.explore.ThroughTheSeam;
import dev.simscaffold.core.net.FaultSchedule;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.random.SimRandom;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The disk-backed network goldens of {@link NetworkDiskGoldenTest}, asked through the exploration seam
 * with the uniform chooser: the same traces and disks, and, with the strategy in the property's settings,
 * the same shrink, every one of whose replays goes through the seam.
 */
@Tag("golden")
class DiskNetworkThroughTheSeamTest {

    /** {@link NetworkDiskGoldenTest#run(long)}, with the scenario's stream carrying {@code strategy}. */
    private static String run(long seed, Strategy strategy) {
        SimContext context = new SimContext(seed);
        FaultSchedule schedule = FaultSchedule.randomWithPowerLoss(
                context.fork("schedule"), List.of(DiskNetScenario.SERVER), DiskNetScenario.HORIZON, 8);
        SimRandom random = new SimRandom(new CarryingSource(context.fork("run").source(), strategy));
        SimNetwork<String> net = new DiskNetScenario(DiskNetScenario.MAX_PUTS, schedule, random).run(true).net();
        byte[] durable = net.disk(DiskNetScenario.SERVER).orElseThrow().durableContents();
        return "seed=" + seed + " events=" + net.trace().size() + " fingerprint=" + net.trace().fingerprintHex()
                + " durable=" + durable.length + "/" + Integer.toHexString(Arrays.hashCode(durable));
    }

    @Test
    void theGoldenDiskRunsAreUnchangedThroughTheSeam() {
        for (long seed = 1; seed <= 3; seed++) {
            assertThat(run(seed, new ThroughTheSeam(Strategy.uniform()))).isEqualTo(NetworkDiskGoldenTest.run(seed));
        }
    }

    @Test
    void theGoldenShrinkIsUnchangedWithTheSeamInThePropertySettings() {
        assertThat(shrink(PropertySettings.seeded(20261201).withStrategy(new ThroughTheSeam(Strategy.uniform()))))
                .isEqualTo(shrink(PropertySettings.seeded(20261201)));
    }

    private static String shrink(PropertySettings settings) {
        Falsified<DiskNetScenario> failure = (Falsified<DiskNetScenario>) PropertyRunner.check(
                DiskNetScenario.SCENARIOS, settings, s -> s.run(false));
        return "failingSeed=" + failure.failingSeed() + " triesRun=" + failure.triesRun()
                + " shrunk=" + failure.shrunk().value().puts() + " put, " + failure.shrunk().value().schedule().events()
                + " choices=" + failure.shrunk().choices() + " shrinkSteps=" + failure.shrinkSteps()
                + " shrinkAttempts=" + failure.shrinkAttempts();
    }
}
