package dev.simscaffold.core.fault;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.random.SimRandom;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Every fault a simulation may inject, one validated record per layer: effects (for the harness), the
 * clock (for the harness), the network, and storage (for the simulated disks of network nodes). Faults are
 * off unless asked for: {@link #none()} is the default.
 *
 * <p>Each layer has its own builder whose methods are the layer's component names, so there is no
 * dictionary to learn:
 *
 * <pre>{@code
 * FaultConfig faults = FaultConfig.builder()
 *         .effects(e -> e.dropRate(0.1).delayRate(0.2).minDelayTicks(1).maxDelayTicks(5))
 *         .network(n -> n.lossRate(0.1))
 *         .build();
 * }</pre>
 *
 * <p>Construction validates every field and names the first bad one, so an impossible configuration
 * (a rate of 1.5, a negative delay, a minimum above its maximum) fails where it is written, not as a
 * puzzling simulation later. {@link #swarm(SimRandom)} draws a random configuration per seed: swarm
 * testing finds bugs that a single fixed mix of faults hides; {@link #swarmHarness(SimRandom)} and
 * {@link #swarmNetwork(SimRandom)} draw only the layers one kind of simulation uses.
 *
 * @param effects faults applied to state-machine effects
 * @param clock faults in the passage of time
 * @param network faults applied to network messages and nodes
 * @param storage faults of every node's simulated disk (see {@link StorageFaults})
 */
@Api(Api.Status.STABLE)
public record FaultConfig(EffectFaults effects, ClockFaults clock, NetworkFaults network, StorageFaults storage) {

    private static final FaultConfig NONE = new FaultConfig(EffectFaults.NONE, ClockFaults.NONE, NetworkFaults.NONE, StorageFaults.none());

    /**
     * Rejects a missing layer.
     *
     * @param effects faults applied to state-machine effects
     * @param clock faults in the passage of time
     * @param network faults applied to network messages and nodes
     * @param storage faults of every node's simulated disk
     */
    public FaultConfig {
        if (effects == null || clock == null || network == null || storage == null) {
            throw new NullPointerException("effects, clock, network and storage faults must not be null (use their NONE or none())");
        }
    }

    /**
     * No faults at all.
     *
     * @return the fault-free configuration
     */
    public static FaultConfig none() {
        return NONE;
    }

    /**
     * Occasional faults, the kind a healthy production system sees every day.
     *
     * @return the mild configuration
     */
    public static FaultConfig mild() {
        return builder()
                .effects(e -> e.dropRate(0.01).duplicateRate(0.01).delayRate(0.05).minDelayTicks(1).maxDelayTicks(5))
                .clock(c -> c.jumpRate(0.01).maxJumpTicks(10))
                .network(n -> n.lossRate(0.01).duplicateRate(0.01).minDelayTicks(1).maxDelayTicks(5)
                        .tailDelayRate(0.01).maxTailDelayTicks(50))
                .storage(s -> s.minLatencyTicks(1).maxLatencyTicks(3).unsyncedSurvivalRate(0.5))
                .build();
    }

    /**
     * Frequent, overlapping faults of every kind: a bad day in a bad datacenter.
     *
     * @return the hostile configuration
     */
    public static FaultConfig hostile() {
        return builder()
                .effects(e -> e.dropRate(0.2).duplicateRate(0.1).delayRate(0.3).minDelayTicks(1).maxDelayTicks(50))
                .clock(c -> c.jumpRate(0.1).maxJumpTicks(100))
                .network(n -> n.lossRate(0.2).duplicateRate(0.1).minDelayTicks(1).maxDelayTicks(50)
                        .tailDelayRate(0.05).maxTailDelayTicks(500)
                        .partitionRate(0.01).maxPartitionTicks(200)
                        .crashRate(0.005).restartAfterTicks(100)
                        .pauseRate(0.01).maxPauseTicks(100)
                        .maxClockDriftPpm(1000))
                .storage(s -> s.minLatencyTicks(1).maxLatencyTicks(20)
                        .writeErrorRate(0.01).fsyncErrorRate(0.01).readErrorRate(0.01).corruptionRate(0.001)
                        .unsyncedSurvivalRate(0.3).tornWriteRate(0.5).powerLossRate(0.5))
                .build();
    }

    /**
     * Draws a random configuration of every layer, in the order effects, clock, network, storage: each
     * fault kind is switched on with probability one half, and an enabled one gets a random rate and range.
     * Run many seeds and each exercises a different mix. Storage comes last, so the first three layers a
     * seed draws are the ones it drew before storage existed.
     *
     * @param random the stream to draw from (give it its own fork, such as {@code "swarm"})
     * @return the drawn configuration
     */
    public static FaultConfig swarm(SimRandom random) {
        EffectFaults effects = EffectFaults.swarm(random);
        ClockFaults clock = ClockFaults.swarm(random);
        NetworkFaults network = NetworkFaults.swarm(random);
        return new FaultConfig(effects, clock, network, StorageFaults.swarm(random));
    }

    /**
     * Draws random effect and clock faults, the layers a harness uses, and no network faults; the draws
     * are the first ones {@link #swarm(SimRandom)} makes, so a seed gives both the same harness layers.
     *
     * @param random the stream to draw from
     * @return the drawn configuration
     */
    public static FaultConfig swarmHarness(SimRandom random) {
        EffectFaults effects = EffectFaults.swarm(random);
        return new FaultConfig(effects, ClockFaults.swarm(random), NetworkFaults.NONE, StorageFaults.none());
    }

    /**
     * Draws random network and storage faults, the layers a network uses, and no harness faults.
     *
     * @param random the stream to draw from
     * @return the drawn configuration
     */
    public static FaultConfig swarmNetwork(SimRandom random) {
        NetworkFaults network = NetworkFaults.swarm(random);
        return new FaultConfig(EffectFaults.NONE, ClockFaults.NONE, network, StorageFaults.swarm(random));
    }

    /**
     * Starts a builder with every fault off.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder(NONE);
    }

    /**
     * Starts a builder holding this configuration, to derive a variant.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link FaultConfig} one layer at a time; each layer method hands its layer's builder to the
     * given edit, and {@link #build()} validates every layer, naming the first bad field.
     */
    public static final class Builder {
        private final EffectFaults.Builder effects;
        private final ClockFaults.Builder clock;
        private final NetworkFaults.Builder network;
        private final StorageFaults.Builder storage;

        private Builder(FaultConfig from) {
            effects = from.effects.toBuilder();
            clock = from.clock.toBuilder();
            network = from.network.toBuilder();
            storage = from.storage.toBuilder();
        }

        /**
         * Edits the effect faults.
         *
         * @param edit sets fields of the layer, such as {@code e -> e.dropRate(0.1)}
         * @return this builder
         */
        public Builder effects(Consumer<EffectFaults.Builder> edit) {
            return edit(effects, edit);
        }

        /**
         * Edits the clock faults.
         *
         * @param edit sets fields of the layer, such as {@code c -> c.jumpRate(0.1).maxJumpTicks(20)}
         * @return this builder
         */
        public Builder clock(Consumer<ClockFaults.Builder> edit) {
            return edit(clock, edit);
        }

        /**
         * Edits the network faults.
         *
         * @param edit sets fields of the layer, such as {@code n -> n.lossRate(0.1)}
         * @return this builder
         */
        public Builder network(Consumer<NetworkFaults.Builder> edit) {
            return edit(network, edit);
        }

        /**
         * Edits the storage faults of every node's disk.
         *
         * @param edit sets fields of the layer, such as {@code s -> s.fsyncErrorRate(0.01)}
         * @return this builder
         */
        public Builder storage(Consumer<StorageFaults.Builder> edit) {
            return edit(storage, edit);
        }

        private <B> Builder edit(B layer, Consumer<B> edit) {
            Objects.requireNonNull(edit, "edit must not be null").accept(layer);
            return this;
        }

        /**
         * Validates and builds the configuration.
         *
         * @return the configuration
         * @throws IllegalArgumentException naming the first bad field and its value
         */
        public FaultConfig build() {
            return new FaultConfig(effects.build(), clock.build(), network.build(), storage.build());
        }
    }
}
