package dev.simscaffold.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.net.FaultSchedule;
import dev.simscaffold.core.net.SimNetwork;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Pins what a seed means for a {@code SimNetwork} whose node owns a disk: the trace fingerprint and the
 * disk's durable contents of fixed runs, and one shrink. The build also runs this on JDK 25. After an
 * intended change to the disk's or the network's draws or trace text, update the constants (the failure
 * message prints the new lines) and say why in the commit.
 */
@Tag("golden")
class NetworkDiskGoldenTest {

    /** Twelve puts on the fsyncing server under a schedule of crashes, pauses and power losses drawn from the seed. */
    static String run(long seed) {
        SimContext context = new SimContext(seed);
        FaultSchedule schedule = FaultSchedule.randomWithPowerLoss(
                context.fork("schedule"), List.of(DiskNetScenario.SERVER), DiskNetScenario.HORIZON, 8);
        SimNetwork<String> net = new DiskNetScenario(DiskNetScenario.MAX_PUTS, schedule, context.fork("run")).run(true).net();
        byte[] durable = net.disk(DiskNetScenario.SERVER).orElseThrow().durableContents();
        return "seed=" + seed + " events=" + net.trace().size() + " fingerprint=" + net.trace().fingerprintHex()
                + " durable=" + durable.length + "/" + Integer.toHexString(Arrays.hashCode(durable));
    }

    @Test
    void theSameSeedGivesTheSameTraceAndDiskContents() {
        assertThat(run(5)).isEqualTo(run(5));
        assertThat(run(5)).isNotEqualTo(run(6));
    }

    @Test
    void fixedSeedsGiveFixedTracesAndDisks() {
        List<String> actual = List.of(run(1), run(2), run(3));
        assertThat(actual).as("fingerprints changed on Java %s; if intended, the new lines are:%n%s",
                System.getProperty("java.version"), String.join(System.lineSeparator(), actual)).containsExactly(
                "seed=1 events=37 fingerprint=7b0e0f939833badd durable=144/441d8cf9",
                "seed=2 events=18 fingerprint=1971f0f1e3ead6a2 durable=36/63c7bdd5",
                "seed=3 events=12 fingerprint=0c31e2338c9f0bf3 durable=24/9125d4b4");
    }

    @Test
    void aFixedSeedShrinksTheSameWay() {
        Falsified<DiskNetScenario> failure = (Falsified<DiskNetScenario>) PropertyRunner.check(
                DiskNetScenario.SCENARIOS, PropertySettings.seeded(20261201), s -> s.run(false));
        assertThat("failingSeed=" + failure.failingSeed() + " triesRun=" + failure.triesRun()
                + " original=" + failure.original().value().puts() + " puts, " + failure.original().value().schedule().events().size()
                + " faults; shrunk=" + failure.shrunk().value().puts() + " put, " + failure.shrunk().value().schedule().events()
                + " choices=" + failure.shrunk().choices().size() + " shrinkSteps=" + failure.shrinkSteps()).isEqualTo("failingSeed=8337791554570556401 triesRun=3 original=1 puts, 2 faults; "
                        + "shrunk=1 put, [t=1 power loss node-0] choices=13 shrinkSteps=12");
    }
}
