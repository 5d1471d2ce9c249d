package ${package};

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import ${package}.${moduleName}Effect.Granted;
import ${package}.${moduleName}Effect.Renewed;
import ${package}.${moduleName}Input.Acquire;
import ${package}.${moduleName}Input.Release;
import ${package}.${moduleName}Input.Renew;
import ${package}.${moduleName}Simulation.Scenario;
import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.testkit.property.Properties;
import dev.simscaffold.testkit.property.PropertyFailedError;
import dev.simscaffold.testkit.sweep.SeedSweep;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Proof that the shipped invariants can fail. Each test plants one bug in the lease table's rules, runs
 * the faulty simulation over seeds until one exposes it, and checks that the intended invariant reports
 * it with a seed that replays the very same failure; the last test shows that a seed sweep reports such a
 * bug with its replay command and trace. If a test here fails, an invariant or the workload has gone
 * blind to the bug it exists to catch.
 */
class PlantedBugTest {

    /** How many seeds a planted bug may take to surface; each bug here needs only a few. */
    private static final int SEARCH_SEEDS = 200;

    private static final Scenario SCENARIO = Scenario.faulty();
    private static final ${moduleName}Logic RULES = new ${moduleName}Logic(SCENARIO.leaseTtlTicks());

    @Test
    void grantingWithoutCheckingExpiryBreaksSingleOwnership() {
        assertCaught(PlantedBugTest::grantWithoutCheckingExpiry, ${moduleName}Invariants.AT_MOST_ONE_LIVE_HOLDER);
    }

    @Test
    void reusingTheLastEpochBreaksFencing() {
        assertCaught(PlantedBugTest::reuseTheLastEpoch, ${moduleName}Invariants.EPOCHS_STRICTLY_INCREASE);
    }

    @Test
    void renewingWithoutCheckingExpiryRevivesDeadLeases() {
        assertCaught(PlantedBugTest::renewWithoutCheckingExpiry, ${moduleName}Invariants.EXPIRED_LEASE_NEVER_RENEWED);
    }

    @Test
    void releasingWithoutCheckingTheHolderFreesOthersShards() {
        assertCaught(PlantedBugTest::releaseWithoutCheckingTheHolder, ${moduleName}Invariants.RELEASE_BY_NON_HOLDER_CHANGES_NOTHING);
    }

    @Test
    void renewingWithAStaleEpochLetsAFencedOffWorkerBackIn() {
        assertCaught(PlantedBugTest::renewAcceptingAStaleEpoch, ${moduleName}Invariants.STALE_EPOCH_CHANGES_NOTHING);
    }

    /**
     * The stale-epoch bug fails the faulty property itself, shrunk to a few requests, not only a hunt
     * over seeds: the property is what a developer runs on every build.
     */
    @Test
    void theFaultyPropertyCatchesARenewalWithAStaleEpoch() {
        PropertyFailedError failure = catchThrowableOfType(PropertyFailedError.class, () -> Properties.forAll(Gen.liveRandom())
                .seed(1).printTo(new PrintStream(OutputStream.nullOutputStream()))
                .check(random -> ${moduleName}Simulation.run(random, SCENARIO, PlantedBugTest::renewAcceptingAStaleEpoch, List.of())));

        assertThat(failure).as("the property over the planted bug").isNotNull();
        assertThat(failure.result().shrunk().origin().where()).isEqualTo(${moduleName}Invariants.STALE_EPOCH_CHANGES_NOTHING);
        assertThat(failure.getMessage()).contains("-Dsim.seed=" + failure.result().failingSeed());
    }

    /**
     * A seed sweep such as those in {@code ${moduleName}Properties} reports a bug it finds with what a
     * reader needs: the seed, the command that reruns just that seed, and the trace files.
     */
    @Test
    void aSweepThatFindsABugReportsTheSeedTheReplayCommandAndTheTrace() {
        AssertionError failure = catchThrowableOfType(AssertionError.class, () -> SeedSweep.named("${moduleName}-planted-bug")
                .firstSeed(1).seeds(SEARCH_SEEDS).maxFailures(1)
                .run(seed -> ${moduleName}Simulation.run(seed, SCENARIO, PlantedBugTest::grantWithoutCheckingExpiry, List.of())));

        assertThat(failure).as("the sweep over the planted bug").isNotNull();
        long seed = firstViolation(PlantedBugTest::grantWithoutCheckingExpiry).seed();
        assertThat(failure.getMessage())
                .contains("invariant violated: " + ${moduleName}Invariants.AT_MOST_ONE_LIVE_HOLDER)
                .contains("replay just this case:")
                .contains("-Dtest='PlantedBugTest#aSweepThatFindsABugReportsTheSeedTheReplayCommandAndTheTrace' -Dsim.seed=" + seed);
        Matcher traceFile = Pattern.compile("full trace: (\\S+)").matcher(failure.getMessage());
        assertThat(traceFile.find()).as("a trace file named in the report").isTrue();
        assertThat(Path.of(traceFile.group(1))).isRegularFile();
    }

    /** Bug: treats every acquire as if the shard were free, live lease or not. */
    static Step<${moduleName}State, ${moduleName}Effect> grantWithoutCheckingExpiry(
            ${moduleName}State state, ${moduleName}Input input, LogicalTime now) {
        if (input instanceof Acquire acquire) {
            return RULES.transition(state.without(acquire.shard()), input, now);
        }
        return RULES.transition(state, input, now);
    }

    /** Bug: a shard granted again keeps the epoch of its previous grant, so old holders are not fenced. */
    private static Step<${moduleName}State, ${moduleName}Effect> reuseTheLastEpoch(
            ${moduleName}State state, ${moduleName}Input input, LogicalTime now) {
        Step<${moduleName}State, ${moduleName}Effect> step = RULES.transition(state, input, now);
        long previousEpoch = state.lastEpoch(input.shard());
        Optional<Lease> granted = step.state().lease(input.shard())
                .filter(lease -> input instanceof Acquire && previousEpoch > 0 && lease.epoch() > previousEpoch);
        if (granted.isEmpty()) {
            return step;
        }
        Lease lease = granted.get();
        Lease reused = new Lease(lease.shard(), lease.worker(), previousEpoch, lease.grantedAt(), lease.expiresAt());
        return Step.of(state.with(reused), new Granted(reused));
    }

    /** Bug: renews the named lease even after its deadline. */
    private static Step<${moduleName}State, ${moduleName}Effect> renewWithoutCheckingExpiry(
            ${moduleName}State state, ${moduleName}Input input, LogicalTime now) {
        if (input instanceof Renew renew) {
            Optional<Lease> named = state.lease(renew.shard()).filter(lease -> lease.isHeldBy(renew.worker(), renew.epoch()));
            if (named.isPresent()) {
                Lease renewed = named.get().renewedUntil(now.advance(RULES.leaseTtlTicks()));
                return Step.of(state.with(renewed), new Renewed(renewed));
            }
        }
        return RULES.transition(state, input, now);
    }

    /** Bug: a renewal by the holder is accepted with any epoch up to the current one, fenced-off ones included. */
    private static Step<${moduleName}State, ${moduleName}Effect> renewAcceptingAStaleEpoch(
            ${moduleName}State state, ${moduleName}Input input, LogicalTime now) {
        if (input instanceof Renew renew) {
            Optional<Lease> named = state.lease(renew.shard())
                    .filter(lease -> lease.worker().equals(renew.worker()) && renew.epoch() <= lease.epoch() && lease.isLiveAt(now));
            if (named.isPresent()) {
                Lease renewed = named.get().renewedUntil(now.advance(RULES.leaseTtlTicks()));
                return Step.of(state.with(renewed), new Renewed(renewed));
            }
        }
        return RULES.transition(state, input, now);
    }

    /** Bug: a release frees the shard whoever sends it and whatever epoch it names. */
    private static Step<${moduleName}State, ${moduleName}Effect> releaseWithoutCheckingTheHolder(
            ${moduleName}State state, ${moduleName}Input input, LogicalTime now) {
        if (input instanceof Release release) {
            Optional<Lease> current = state.lease(release.shard());
            if (current.isPresent()) {
                Lease lease = current.get();
                return RULES.transition(state, new Release(lease.shard(), lease.worker(), lease.epoch()), now);
            }
        }
        return RULES.transition(state, input, now);
    }

    private static void assertCaught(StateMachine<${moduleName}State, ${moduleName}Input, ${moduleName}Effect> bug, String invariant) {
        InvariantViolationError caught = firstViolation(bug);

        assertThat(caught.invariant()).isEqualTo(invariant);
        assertThat(caught.getMessage())
                .startsWith("invariant violated: " + invariant)
                .contains("seed " + caught.seed() + ", step ");

        InvariantViolationError replayed = catchThrowableOfType(InvariantViolationError.class,
                () -> ${moduleName}Simulation.run(caught.seed(), SCENARIO, bug, List.of()));
        assertThat(replayed).as("replaying seed %d", caught.seed()).isNotNull();
        assertThat(replayed.step()).isEqualTo(caught.step());
        assertThat(replayed.getMessage()).isEqualTo(caught.getMessage());
    }

    private static InvariantViolationError firstViolation(StateMachine<${moduleName}State, ${moduleName}Input, ${moduleName}Effect> bug) {
        for (long seed = 1; seed <= SEARCH_SEEDS; seed++) {
            try {
                ${moduleName}Simulation.run(seed, SCENARIO, bug, List.of());
            } catch (InvariantViolationError violation) {
                return violation;
            }
        }
        return fail("no seed in 1.." + SEARCH_SEEDS + " exposed the planted bug");
    }
}
