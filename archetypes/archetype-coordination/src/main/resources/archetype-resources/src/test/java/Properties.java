package ${package};

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ${package}.${moduleName}Simulation.Outcome;
import ${package}.${moduleName}Simulation.Scenario;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.testkit.property.Properties;
import dev.simscaffold.testkit.sweep.SeedSweep;
import dev.simscaffold.testkit.sweep.SweepSummary;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The lease table's properties: each runs {@value #TRIES} simulations with every invariant checked after
 * every step. The runs draw all their decisions (which worker asks what, which answer is lost, when the
 * clock jumps) from the property engine's recorded stream, so a failing run is shrunk to fewer requests
 * and fewer faults before it is reported.
 *
 * <p>A failure names the invariant, the seed, the command that replays just that run and the last events,
 * and writes the whole trace under {@code target/sim-traces/}. Replay with
 * {@code mvn test -Dtest=${moduleName}Properties#<method> -Dsim.seed=<seed>}; a seed means the same run on
 * every machine and JDK.
 */
class ${moduleName}Properties {

    /** Simulated runs per property; raise it for a longer hunt. */
    static final int TRIES = 200;
    /** Seeds the coverage check sums over; each failing seed is reported with its replay command and trace. */
    private static final int COVERAGE_SEEDS = 200;
    /** Replaying is checked on the first seeds: each costs three runs. */
    private static final int REPLAY_SEEDS = 20;

    @Test
    void invariantsHoldWithoutFaults() {
        Properties.forAll(Gen.liveRandom()).tries(TRIES)
                .check(random -> ${moduleName}Simulation.run(random, Scenario.calm()));
    }

    @Test
    void invariantsHoldUnderDroppedDelayedAndDuplicatedAnswersAndClockJumps() {
        Properties.forAll(Gen.liveRandom()).tries(TRIES)
                .check(random -> ${moduleName}Simulation.run(random, Scenario.faulty()));
    }

    /**
     * Guards against vacuous runs: over the sweep, every rule and every fault must actually be exercised.
     * Replaying one seed of it ({@code -Dsim.seed}) skips the coverage check, which needs the whole sweep.
     */
    @Test
    void theFaultySweepExercisesEveryRuleAndEveryFault() {
        NavigableMap<String, Integer> total = new TreeMap<>();
        SweepSummary sweep = SeedSweep.named("${moduleName}-faulty-coverage").firstSeed(1).seeds(COVERAGE_SEEDS).run(seed ->
                ${moduleName}Simulation.run(seed, Scenario.faulty()).counts().forEach((name, count) -> total.merge(name, count, Integer::sum)));
        assumeTrue(sweep.seedsRun() > 1, "replaying a single seed: the coverage check needs the whole sweep");

        assertThat(total).as("answers, fates and clock jumps over the sweep").containsKeys(
                "Granted", "Renewed", "Released",
                "Rejected.HELD_BY_ANOTHER", "Rejected.NOT_HOLDER", "Rejected.EXPIRED",
                "fate.DROPPED", "fate.DELAYED", "fate.DUPLICATED", "clock jumps");
    }

    @Test
    void aSeedReplaysTheSameRun() {
        SeedSweep.named("${moduleName}-replay").firstSeed(1).seeds(REPLAY_SEEDS).run(seed -> {
            Outcome first = ${moduleName}Simulation.run(seed, Scenario.faulty());
            Outcome again = ${moduleName}Simulation.run(seed, Scenario.faulty());
            Outcome other = ${moduleName}Simulation.run(seed + 1, Scenario.faulty());

            assertThat(again).isEqualTo(first);
            assertThat(other.fingerprint()).isNotEqualTo(first.fingerprint());
        });
    }
}
