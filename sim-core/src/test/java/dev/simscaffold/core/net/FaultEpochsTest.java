package dev.simscaffold.core.net;

import static dev.simscaffold.core.net.NetTestSupport.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.explore.FaultSpans;
import dev.simscaffold.core.fault.FaultEpochs;
import dev.simscaffold.core.fault.FaultEpochs.Mix;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fault epochs ({@link FaultEpochs}): the run's time cut into epochs, each running a mix picked by a recorded draw. The
 * planted bug is {@link FanOutCutTest}'s coordinator that broadcasts each update once as a delta: only fan-out cuts lose
 * an update for good, so a replica falls behind with epochs that switch between a calm mix and one of cuts, never under
 * the calm mix alone; every cut starts in an epoch of the cuts mix.
 */
class FaultEpochsTest {

    private static final NetworkFaults CALM = NetworkFaults.NONE;
    private static final NetworkFaults CUTS = NetworkFaults.builder().fanOutCutRate(0.1).maxFanOutCutTicks(30).build();
    private static final NetworkFaults EPOCHS = NetworkFaults.builder()
            .epochs(FaultEpochs.between(20, 80, new Mix("calm", 2, CALM), new Mix("cuts", 1, CUTS))).build();

    @Test
    void aBugOnlyOneMixFindsIsFoundWithEpochsAndNotUnderTheCalmMixAlone() {
        assertThat(FanOutCutTest.behind(EPOCHS, true)).as("epochs of calm and cuts").isGreaterThan(30);
        assertThat(FanOutCutTest.behind(CALM, true)).as("calm alone").isZero();
        assertThat(FanOutCutTest.behind(EPOCHS, false)).as("running total on every tick").isZero();
    }

    @Test
    void epochsSwitchMixesAndEveryCutStartsInAnEpochOfCuts() {
        SimNetwork<Long> net = FanOutCutTest.cluster(3, EPOCHS, true);
        List<TraceEvent> starts = new ArrayList<>();
        for (TraceEvent note : events(net, EventKind.NOTE)) {
            if (note.detail().startsWith("fault epoch ")) {
                starts.add(note);
            }
        }
        assertThat(starts).hasSizeGreaterThan(4);
        assertThat(starts).anySatisfy(start -> assertThat(start.detail()).contains(": calm until"));
        assertThat(starts).anySatisfy(start -> assertThat(start.detail()).contains(": cuts until"));
        List<TraceEvent> cuts = events(net, EventKind.PARTITION);
        assertThat(cuts).isNotEmpty().allSatisfy(cut -> assertThat(epochAt(starts, cut.time().ticks())).contains(": cuts until"));
    }

    /** The detail of the last epoch start at or before a time. */
    private static String epochAt(List<TraceEvent> starts, long ticks) {
        String current = "";
        for (TraceEvent start : starts) {
            if (start.time().ticks() <= ticks) {
                current = start.detail();
            }
        }
        return current;
    }

    /**
     * Each epoch that picked a mix other than the first is one {@code fault.epoch} span (a pick of the calm mix is the
     * simplest value, not a fault), and a shrunk counterexample keeps only what the failure needs: at least one epoch
     * of cuts, and no more than the original.
     */
    @Test
    void epochsAreRecordedSpansThatShrink() {
        Falsified<SimRandom> failure = (Falsified<SimRandom>) PropertyRunner.check(Gen.liveRandom(), PropertySettings.seeded(3),
                random -> assertThat(FanOutCutTest.lagging(FanOutCutTest.cluster(random, EPOCHS, true))).isFalse());
        int original = failure.original().spanCounts().getOrDefault(FaultSpans.EPOCH, 0);
        assertThat(original).isPositive();
        int shrunk = failure.shrunk().spanCounts().getOrDefault(FaultSpans.EPOCH, 0);
        assertThat(shrunk).isBetween(1, original);
        assertThat(failure.shrunk().spanCounts().getOrDefault(FaultSpans.PARTITION, 0)).isPositive();
    }

    @Test
    void aSeedReplaysItsEpochsByteForByteAndOtherSeedsDiffer() {
        long fingerprint = FanOutCutTest.cluster(5, EPOCHS, true).trace().fingerprint();
        assertThat(FanOutCutTest.cluster(5, EPOCHS, true).trace().fingerprint()).isEqualTo(fingerprint);
        assertThat(FanOutCutTest.cluster(6, EPOCHS, true).trace().fingerprint()).isNotEqualTo(fingerprint);
    }

    @Test
    void epochsOffRunByteIdenticallyToFaultsWithoutThem() {
        NetworkFaults off = CUTS.toBuilder().epochs(FaultEpochs.OFF).build();
        assertThat(off).isEqualTo(CUTS);
        assertThat(FanOutCutTest.cluster(3, off, true).trace().fingerprint())
                .isEqualTo(FanOutCutTest.cluster(3, CUTS, true).trace().fingerprint());
        assertThat(EPOCHS.withoutFaults().epochs()).isEqualTo(FaultEpochs.OFF);
    }

    @Test
    void quiesceEndsTheEpochs() {
        SimNetwork<Long> net = FanOutCutTest.cluster(3, EPOCHS, false);
        assertThat(events(net, EventKind.PARTITION)).as("cuts while the epochs run").isNotEmpty();
        net.quiesce();
        int before = events(net, EventKind.NOTE).size();
        net.run(400);
        assertThat(net.faults().epochs()).isEqualTo(FaultEpochs.OFF);
        assertThat(events(net, EventKind.NOTE)).hasSize(before);
        assertThat(events(net, EventKind.PARTITION).stream().filter(cut -> cut.time().ticks() > 400)).isEmpty();
    }

    @Test
    void impossibleEpochsAreRefusedNamingTheValue() {
        Mix calm = new Mix("calm", 1, CALM);
        assertThatThrownBy(() -> new Mix("cuts", 0, CUTS)).hasMessageContaining("'cuts'.weight").hasMessageContaining("0");
        assertThatThrownBy(() -> new Mix(" ", 1, CUTS)).hasMessageContaining("needs a name");
        assertThatThrownBy(() -> new Mix("cuts", 1, null)).hasMessageContaining("'cuts'.faults");
        assertThatThrownBy(() -> new Mix("nested", 1, EPOCHS)).hasMessageContaining("'nested'.faults must not have epochs");
        assertThatThrownBy(() -> FaultEpochs.every(0, calm)).hasMessageContaining("epochs.minEpochTicks").hasMessageContaining("0");
        assertThatThrownBy(() -> FaultEpochs.between(50, 20, calm)).hasMessageContaining("epochs.maxEpochTicks").hasMessageContaining("20");
        assertThatThrownBy(() -> FaultEpochs.every(10, calm, new Mix("calm", 2, CUTS))).hasMessageContaining("'calm' twice");
        assertThatThrownBy(() -> new FaultEpochs(5, 5, List.of())).hasMessageContaining("must be 0 without mixes");
        assertThatThrownBy(() -> FaultEpochs.every(10, new Mix("a", Integer.MAX_VALUE, CALM), new Mix("b", 1, CUTS)))
                .hasMessageContaining("weights must sum");
        assertThatThrownBy(() -> NetworkFaults.builder().epochs(null).build()).hasMessageContaining("network.epochs");
    }
}
