package dev.simscaffold.testkit.campaign;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.InvariantViolationError;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * A campaign's canary: the module's planted bug, run on the shard's own seeds in every shard, which the
 * campaign must find. A campaign that passes says nothing if its faults, workload or checks went blind on the
 * way (a fault rate set to zero, a workload that stopped writing, an invariant that checks nothing); a canary
 * that is no longer found says exactly that, and the shard fails with "this campaign no longer finds bugs".
 *
 * <pre>{@code
 * Campaign.named("gossip-campaign").seedsPerShard(20)
 *         .canary(Canary.named("restamping merge", seed -> Simulation.run(seed, Scenario.messageFaults(), restampingNodes))
 *                 .caughtBy(Invariants.NO_INVENTED_ENTRIES.name()))
 *         .run(seed -> Simulation.runChecking(SimRandom.seeded(seed), List.of()));
 * }</pre>
 *
 * <p>The canary runs the seeds the shard runs, {@code k = i, i + n, ...} of the campaign, until one exposes
 * it, at most {@link #seeds()} of them; the seeds it ran count against the shard's time budget. With
 * {@link #caughtBy(String)}, only a violation of that invariant finds it: a canary that fails another way (a
 * broken harness) is not a found bug, and the shard's failure lists those seeds apart.
 *
 * @param name what the planted bug is, as the failure names it
 * @param invariant the invariant whose violation finds it, or null for any failure of the run
 * @param seeds the most seeds a shard tries before declaring the canary missed, {@code >= 1}
 * @param run the simulation of the planted bug for one seed; throws when it finds the bug
 */
@Api(Api.Status.EXPERIMENTAL)
public record Canary(String name, String invariant, int seeds, LongConsumer run) {

    /** How many seeds a canary may take by default: a planted bug worth shipping surfaces within a few. */
    public static final int DEFAULT_SEEDS = 100;

    /**
     * Validates the components, naming the one that is wrong.
     *
     * @param name the {@code name} component, not blank
     * @param invariant the {@code invariant} component, null or not blank
     * @param seeds the {@code seeds} component, {@code >= 1}
     * @param run the {@code run} component, not null
     */
    public Canary {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a canary needs a name that says which planted bug it is, got " + (name == null ? "null" : '"' + name + '"'));
        }
        if (invariant != null && invariant.isBlank()) {
            throw new IllegalArgumentException("canary \"" + name + "\": the invariant that finds it must not be blank (use null for any failure)");
        }
        if (seeds < 1) {
            throw new IllegalArgumentException("canary \"" + name + "\": seeds must be >= 1, got " + seeds);
        }
        Objects.requireNonNull(run, "canary \"" + name + "\": run must not be null");
    }

    /**
     * A canary found by any failure of its run, tried on at most {@value #DEFAULT_SEEDS} seeds per shard.
     *
     * @param name what the planted bug is
     * @param run the simulation of the planted bug for one seed
     * @return the canary
     */
    public static Canary named(String name, LongConsumer run) {
        return new Canary(name, null, DEFAULT_SEEDS, run);
    }

    /**
     * Requires that the canary be found by a violation of this invariant, as {@code PlantedBug.assertCaughtBy}
     * does: an {@link InvariantViolationError} whose {@code invariant()} is this name (an eventually
     * expectation's violation is named {@code "liveness: <name>"}).
     *
     * @param invariantName the name the violation carries
     * @return a canary with that requirement
     */
    public Canary caughtBy(String invariantName) {
        return new Canary(name, invariantName, seeds, run);
    }

    /**
     * Sets the most seeds a shard tries before it declares the canary missed.
     *
     * @param count {@code >= 1}
     * @return a canary with that limit
     */
    public Canary within(int count) {
        return new Canary(name, invariant, count, run);
    }

    /**
     * Whether a failure of the run is this canary being found.
     *
     * @param failure what the run threw
     * @return true when it is the intended failure
     */
    boolean isFoundBy(Throwable failure) {
        if (invariant == null) {
            return true;
        }
        return failure instanceof InvariantViolationError violation && violation.invariant().equals(invariant);
    }

    /** The canary as the shard's failure and result line name it. */
    String describe() {
        return "\"" + name + "\"" + (invariant == null ? "" : " (caught by \"" + invariant + "\")");
    }
}
