package dev.simscaffold.core.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.check.ChoiceSequence;
import dev.simscaffold.core.check.ChoiceSource;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyResult;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
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
                bad("effects.dropRate", "1.5", b -> b.effects(e -> e.dropRate(1.5))),
                bad("effects.dropRate", "-0.1", b -> b.effects(e -> e.dropRate(-0.1))),
                bad("effects.duplicateRate", "NaN", b -> b.effects(e -> e.duplicateRate(Double.NaN))),
                bad("effects.delayRate", "2.0", b -> b.effects(e -> e.delayRate(2.0))),
                bad("effects.minDelayTicks", "-3", b -> b.effects(e -> e.minDelayTicks(-3).maxDelayTicks(5))),
                bad("effects.minDelayTicks", "minDelayTicks=9", b -> b.effects(e -> e.minDelayTicks(9).maxDelayTicks(5))),
                bad("clock.jumpRate", "1.01", b -> b.clock(c -> c.jumpRate(1.01))),
                bad("clock.maxJumpTicks", "-1", b -> b.clock(c -> c.maxJumpTicks(-1))),
                bad("clock.maxJumpTicks", "got 0", b -> b.clock(c -> c.jumpRate(0.5).maxJumpTicks(0))),
                bad("network.lossRate", "1.2", b -> b.network(n -> n.lossRate(1.2))),
                bad("network.duplicateRate", "-1.0", b -> b.network(n -> n.duplicateRate(-1.0))),
                bad("network.minDelayTicks", "-7", b -> b.network(n -> n.minDelayTicks(-7).maxDelayTicks(3))),
                bad("network.minDelayTicks", "network.maxDelayTicks=2", b -> b.network(n -> n.minDelayTicks(4).maxDelayTicks(2))),
                bad("network.tailDelayRate", "3.0", b -> b.network(n -> n.tailDelayRate(3.0).maxTailDelayTicks(100))),
                bad("network.maxTailDelayTicks", "10", b -> b
                        .network(n -> n.minDelayTicks(1).maxDelayTicks(20).tailDelayRate(0.1).maxTailDelayTicks(10))),
                bad("network.maxTailDelayTicks", "10", b -> b
                        .network(n -> n.tailDelayRate(0.1).maxTailDelayTicks(10).minDelayTicks(1).maxDelayTicks(20))),
                bad("network.partitionRate", "1.1", b -> b.network(n -> n.partitionRate(1.1))),
                bad("network.maxPartitionTicks", "when network.partitionRate > 0, got 0", b -> b
                        .network(n -> n.partitionRate(0.1))),
                bad("network.maxPauseTicks", "when network.pauseRate > 0, got 0", b -> b.network(n -> n.pauseRate(0.1))),
                bad("network.crashRate", "-0.5", b -> b.network(n -> n.crashRate(-0.5))),
                bad("network.restartAfterTicks", "-9", b -> b.network(n -> n.restartAfterTicks(-9))),
                bad("network.pauseRate", "4.0", b -> b.network(n -> n.pauseRate(4.0))),
                bad("network.maxPauseTicks", "-2", b -> b.network(n -> n.maxPauseTicks(-2))));
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
        assertThat(NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(40).build().maxTailDelayTicks()).isEqualTo(40);
        NetworkFaults withTail = NetworkFaults.builder().tailDelayRate(0.1).maxTailDelayTicks(90).minDelayTicks(1).maxDelayTicks(40).build();
        assertThat(withTail.maxTailDelayTicks()).isEqualTo(90);
        assertThat(withTail.toBuilder().maxDelayTicks(60).build().maxTailDelayTicks()).as("a derived heavy tail keeps its maximum").isEqualTo(90);
    }

    @Test
    void toBuilderRoundTripsAndDerivesVariants() {
        FaultConfig hostile = FaultConfig.hostile();
        assertThat(hostile.toBuilder().build()).isEqualTo(hostile);
        FaultConfig variant = hostile.toBuilder().effects(e -> e.dropRate(0)).build();
        assertThat(variant.effects().dropRate()).isZero();
        assertThat(variant.network()).isEqualTo(hostile.network());
    }

    @Test
    void everyLayerRoundTripsThroughItsOwnBuilder() {
        FaultConfig hostile = FaultConfig.hostile();
        assertThat(hostile.effects().toBuilder().build()).isEqualTo(hostile.effects());
        assertThat(hostile.clock().toBuilder().build()).isEqualTo(hostile.clock());
        assertThat(hostile.network().toBuilder().build()).isEqualTo(hostile.network());
        assertThat(EffectFaults.builder().build()).isEqualTo(EffectFaults.NONE);
        assertThat(NetworkFaults.builder().build()).isEqualTo(NetworkFaults.NONE);
        assertThat(hostile.network().withoutFaults().injectsNodeFaults()).isFalse();
        assertThat(hostile.network().withoutFaults().maxTailDelayTicks()).isEqualTo(500);
    }

    /** Harness tests swarm the harness layers, network tests the network layer; a seed gives the same harness layers as a full swarm. */
    @Test
    void swarmsDrawOnlyTheLayersTheirSimulationUses() {
        for (long seed = 0; seed < 20; seed++) {
            FaultConfig all = FaultConfig.swarm(SimRandom.seeded(seed));
            FaultConfig harness = FaultConfig.swarmHarness(SimRandom.seeded(seed));
            assertThat(harness.effects()).isEqualTo(all.effects());
            assertThat(harness.clock()).isEqualTo(all.clock());
            assertThat(harness.network()).isEqualTo(NetworkFaults.NONE);
            FaultConfig network = FaultConfig.swarmNetwork(SimRandom.seeded(seed));
            assertThat(network.effects()).isEqualTo(EffectFaults.NONE);
            assertThat(network.clock()).isEqualTo(ClockFaults.NONE);
            SimRandom networkThenStorage = SimRandom.seeded(seed);
            assertThat(network.network()).isEqualTo(NetworkFaults.swarm(networkThenStorage));
            assertThat(network.storage()).isEqualTo(StorageFaults.swarm(networkThenStorage));
            assertThat(harness.storage()).isEqualTo(StorageFaults.none());
        }
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
        int tornOn = 0;
        int seeds = 200;
        for (long seed = 0; seed < seeds; seed++) {
            FaultConfig config = FaultConfig.swarm(SimRandom.seeded(seed));
            distinct.add(config);
            dropOn += config.effects().dropRate() > 0 ? 1 : 0;
            jumpOn += config.clock().enabled() ? 1 : 0;
            lossOn += config.network().lossRate() > 0 ? 1 : 0;
            tornOn += config.storage().tornWriteRate() > 0 ? 1 : 0;
        }
        assertThat(distinct).hasSize(seeds);
        assertThat(dropOn).isBetween(70, 130);
        assertThat(jumpOn).isBetween(70, 130);
        assertThat(lossOn).isBetween(70, 130);
        assertThat(tornOn).isBetween(70, 130);
    }

    /** The storage layer is off by default, edited by its own builder, and validated naming the field and value. */
    @Test
    void theStorageLayerIsOffByDefaultAndValidatedByName() {
        assertThat(FaultConfig.none().storage()).isEqualTo(StorageFaults.none());
        assertThat(FaultConfig.mild().storage().fsyncErrorRate()).isZero();
        FaultConfig edited = FaultConfig.builder().storage(s -> s.fsyncErrorRate(0.25).minLatencyTicks(2).maxLatencyTicks(4)).build();
        assertThat(edited.storage()).isEqualTo(StorageFaults.builder().fsyncErrorRate(0.25).minLatencyTicks(2).maxLatencyTicks(4).build());
        assertThat(edited.network()).isEqualTo(NetworkFaults.NONE);
        assertThat(FaultConfig.hostile().toBuilder().build()).isEqualTo(FaultConfig.hostile());
        assertThatThrownBy(() -> FaultConfig.builder().storage(s -> s.tornWriteRate(1.5)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("storage.tornWriteRate").hasMessageContaining("1.5");
        assertThatThrownBy(() -> FaultConfig.builder().storage(s -> s.minLatencyTicks(5).maxLatencyTicks(2)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("storage.minLatencyTicks").hasMessageContaining("5").hasMessageContaining("2");
        assertThatThrownBy(() -> FaultConfig.builder().storage(s -> s.capacityBytes(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("storage.capacityBytes").hasMessageContaining("-1");
    }

    /** A storage fault found by swarm testing shrinks like every other fault: to that one kind, every other one off. */
    @Test
    void aSwarmedStorageFaultShrinksToTheOneKindThatMatters() {
        PropertyResult<FaultConfig> result = PropertyRunner.check(Gen.faultConfigs(), PropertySettings.seeded(5), config -> {
            if (config.storage().tornWriteRate() >= 0.5) {
                throw new AssertionError("torn writes too likely: " + config.storage());
            }
        });

        assertThat(result).isInstanceOf(Falsified.class);
        FaultConfig shrunk = ((Falsified<FaultConfig>) result).shrunk().value();
        assertThat(shrunk.storage()).isEqualTo(StorageFaults.builder().tornWriteRate(shrunk.storage().tornWriteRate()).build());
        assertThat(shrunk.storage().tornWriteRate()).isBetween(0.5, 0.51);
        assertThat(shrunk.toBuilder().storage(s -> s.tornWriteRate(0)).build())
                .isEqualTo(Gen.faultConfigs().draw(new SimRandom(ChoiceSource.replaying(ChoiceSequence.EMPTY, 5, 1000))));
    }

    @Test
    void missingLayersAreRejected() {
        assertThatThrownBy(() -> new FaultConfig(null, ClockFaults.NONE, NetworkFaults.NONE, StorageFaults.none()))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("NONE");
        assertThatThrownBy(() -> new FaultConfig(EffectFaults.NONE, ClockFaults.NONE, NetworkFaults.NONE, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("storage");
    }
}
