package dev.simscaffold.core.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.random.SimRandom;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FaultConfigTest {

    static Stream<Arguments> badConfigurations() {
        return Stream.of(
                bad("effects.dropRate", "1.5", b -> b.effectDropRate(1.5)),
                bad("effects.dropRate", "-0.1", b -> b.effectDropRate(-0.1)),
                bad("effects.duplicateRate", "NaN", b -> b.effectDuplicateRate(Double.NaN)),
                bad("effects.delayRate", "2.0", b -> b.effectDelayRate(2.0)),
                bad("effects.minDelayTicks", "-3", b -> b.effectDelay(-3, 5)),
                bad("effects.minDelayTicks", "minDelayTicks=9", b -> b.effectDelay(9, 5)),
                bad("clock.jumpRate", "1.01", b -> b.clockJumpRate(1.01)),
                bad("clock.maxJumpTicks", "-1", b -> b.maxClockJump(-1)),
                bad("clock.maxJumpTicks", "got 0", b -> b.clockJumpRate(0.5).maxClockJump(0)),
                bad("network.lossRate", "1.2", b -> b.networkLossRate(1.2)),
                bad("network.duplicateRate", "-1.0", b -> b.networkDuplicateRate(-1.0)),
                bad("network.minDelayTicks", "-7", b -> b.networkDelay(-7, 3)),
                bad("network.minDelayTicks", "network.maxDelayTicks=2", b -> b.networkDelay(4, 2)),
                bad("network.tailDelayRate", "3.0", b -> b.networkTailDelay(3.0, 100)),
                bad("network.maxTailDelayTicks", "10", b -> b.networkDelay(1, 20).networkTailDelay(0.1, 10)),
                bad("network.maxTailDelayTicks", "10", b -> b.networkTailDelay(0.1, 10).networkDelay(1, 20)),
                bad("network.partitionRate", "1.1", b -> b.networkPartitionRate(1.1)),
                bad("network.maxPartitionTicks", "when network.partitionRate > 0, got 0", b -> b.networkPartitionRate(0.1)),
                bad("network.maxPauseTicks", "when network.pauseRate > 0, got 0", b -> b.networkPauseRate(0.1)),
                bad("network.crashRate", "-0.5", b -> b.networkCrashRate(-0.5)),
                bad("network.restartAfterTicks", "-9", b -> b.networkRestartAfter(-9)),
                bad("network.pauseRate", "4.0", b -> b.networkPauseRate(4.0)),
                bad("network.maxPauseTicks", "-2", b -> b.maxNetworkPause(-2)));
    }

    private static Arguments bad(String field, String value, UnaryOperator<FaultConfig.Builder> change) {
        return Arguments.of(field, value, change);
    }

    @ParameterizedTest(name = "{0} rejects {1}")
    @MethodSource("badConfigurations")
    void everyBadValueIsRejectedNamingFieldAndValue(String field, String value, UnaryOperator<FaultConfig.Builder> change) {
        assertThatThrownBy(() -> change.apply(FaultConfig.builder()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(field)
                .hasMessageContaining(value);
    }

    @Test
    void presetsAreValidAndOrderedBySeverity() {
        FaultConfig none = FaultConfig.none();
        FaultConfig mild = FaultConfig.mild();
        FaultConfig hostile = FaultConfig.hostile();
        assertThat(none.effects().enabled()).isFalse();
        assertThat(none.clock().enabled()).isFalse();
        assertThat(none.network().lossRate()).isZero();
        assertThat(mild.effects().dropRate()).isPositive().isLessThan(hostile.effects().dropRate());
        assertThat(mild.network().lossRate()).isPositive().isLessThan(hostile.network().lossRate());
        assertThat(hostile.network().crashRate()).isPositive();
    }

    @Test
    void withoutAHeavyTailItsMaximumFollowsTheOrdinaryDelay() {
        assertThat(FaultConfig.builder().networkDelay(1, 40).build().network().maxTailDelayTicks()).isEqualTo(40);
        assertThat(FaultConfig.builder().networkTailDelay(0.1, 90).networkDelay(1, 40).build().network().maxTailDelayTicks()).isEqualTo(90);
    }

    @Test
    void toBuilderRoundTripsAndDerivesVariants() {
        FaultConfig hostile = FaultConfig.hostile();
        assertThat(hostile.toBuilder().build()).isEqualTo(hostile);
        FaultConfig variant = hostile.toBuilder().effectDropRate(0).build();
        assertThat(variant.effects().dropRate()).isZero();
        assertThat(variant.network()).isEqualTo(hostile.network());
    }

    @Test
    void swarmIsDeterministicPerSeed() {
        assertThat(FaultConfig.swarm(SimRandom.seeded(5))).isEqualTo(FaultConfig.swarm(SimRandom.seeded(5)));
    }

    /** Swarm testing only helps if seeds really differ in which faults they switch on. */
    @Test
    void swarmVariesWhichFaultsAreOn() {
        Set<FaultConfig> distinct = new LinkedHashSet<>();
        int dropOn = 0;
        int jumpOn = 0;
        int lossOn = 0;
        int seeds = 200;
        for (long seed = 0; seed < seeds; seed++) {
            FaultConfig config = FaultConfig.swarm(SimRandom.seeded(seed));
            distinct.add(config);
            dropOn += config.effects().dropRate() > 0 ? 1 : 0;
            jumpOn += config.clock().enabled() ? 1 : 0;
            lossOn += config.network().lossRate() > 0 ? 1 : 0;
        }
        assertThat(distinct).hasSize(seeds);
        assertThat(dropOn).isBetween(70, 130);
        assertThat(jumpOn).isBetween(70, 130);
        assertThat(lossOn).isBetween(70, 130);
    }

    @Test
    void missingLayersAreRejected() {
        assertThatThrownBy(() -> new FaultConfig(null, ClockFaults.NONE, NetworkFaults.NONE))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("NONE");
    }
}
