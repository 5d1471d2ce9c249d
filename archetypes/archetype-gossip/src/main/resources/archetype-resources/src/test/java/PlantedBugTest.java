package ${package};

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import ${package}.${moduleName}Simulation.Scenario;
import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.net.NodeFactory;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.testkit.sweep.SeedSweep;
import java.nio.file.Path;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Proof that the shipped checks can fail. Each test plants one bug in a part of the node (its merge
 * rule, its detector, what it restores after a crash), runs the simulation over seeds until one exposes
 * it, and checks that the intended check reports it with a seed that replays the very same failure. If a
 * test here fails, a check or the workload has gone blind to the bug it exists to catch.
 */
class PlantedBugTest {

    /** How many seeds a planted bug may take to surface; each bug here needs only a few. */
    private static final int SEARCH_SEEDS = 100;

    /** Bug: takes whatever arrives, so a duplicated or delayed old entry overwrites a newer one. */
    private static final MergeRule ACCEPT_ANY = (held, arriving) -> arriving;

    /** Bug: "bumps" an arriving newer entry's version, as if the receiver had written it. */
    private static final MergeRule RESTAMP = (held, arriving) -> arriving.version().isNewerThan(held.version())
            ? new Entry(arriving.key(), arriving.value(), new Version(arriving.version().counter() + 1, arriving.version().writer()))
            : held;

    /** Bug: the first value a node learns of a key is kept forever. */
    private static final MergeRule FIRST_WRITE_WINS = (held, arriving) -> held;

    @Test
    void acceptingAnOlderVersionIsCaught() {
        assertCaught(seed -> ${moduleName}Simulation.run(seed, Scenario.messageFaults(), nodes(ACCEPT_ANY)),
                ${moduleName}Invariants.VERSIONS_NEVER_GO_BACKWARDS);
    }

    @Test
    void restampingWhatArrivesIsCaughtAsAnInventedEntry() {
        assertCaught(seed -> ${moduleName}Simulation.run(seed, Scenario.messageFaults(), nodes(RESTAMP)),
                ${moduleName}Invariants.NO_INVENTED_ENTRIES);
    }

    @Test
    void restartingWithoutTheDurableEntriesIsCaught() {
        NodeFactory<${moduleName}Node> forgetful = (id, random) -> ${moduleName}Simulation.shippedNodes().create(id, random);
        assertCaught(seed -> ${moduleName}Simulation.run(seed, Scenario.hostile(), forgetful), ${moduleName}Invariants.VERSIONS_NEVER_GO_BACKWARDS);
    }

    @Test
    void keepingTheFirstWriteForeverNeverConverges() {
        assertCaught(seed -> ${moduleName}Simulation.run(seed, Scenario.calm(), nodes(FIRST_WRITE_WINS)), "liveness: " + ${moduleName}Invariants.ALL_AGREE);
    }

    @Test
    void aDetectorThatNeverForgivesIsCaught() {
        NodeFactory<${moduleName}Node> unforgiving = ${moduleName}Simulation.nodesWith(MergeRule.LAST_WRITER_WINS,
                () -> new NeverForgives(new TimeoutDetector(${moduleName}Simulation.CONFIG.failureTimeout())));
        assertCaught(seed -> SuspicionTest.crashAndRecover(seed, unforgiving), "liveness: " + ${moduleName}Invariants.trustedByAll(NodeId.of(1)).name());
    }

    /**
     * A seed sweep, as the scenario tests use, reports a bug it finds with what a reader needs: the seed,
     * the command that reruns just that seed, and the trace files.
     */
    @Test
    void aSweepThatFindsABugReportsTheSeedTheReplayCommandAndTheTrace() {
        LongConsumer buggy = seed -> ${moduleName}Simulation.run(seed, Scenario.messageFaults(), nodes(ACCEPT_ANY));
        AssertionError failure = catchThrowableOfType(AssertionError.class, () -> SeedSweep.named("${moduleName}-planted-bug")
                .firstSeed(1).seeds(SEARCH_SEEDS).maxFailures(1).run(buggy));

        assertThat(failure).as("the sweep over the planted bug").isNotNull();
        long seed = firstViolation(buggy).seed();
        assertThat(failure.getMessage())
                .contains("invariant violated: " + ${moduleName}Invariants.VERSIONS_NEVER_GO_BACKWARDS)
                .contains("replay just this case:")
                .contains("-Dtest='PlantedBugTest#aSweepThatFindsABugReportsTheSeedTheReplayCommandAndTheTrace' -Dsim.seed=" + seed);
        Matcher traceFile = Pattern.compile("full trace: (\\S+)").matcher(failure.getMessage());
        assertThat(traceFile.find()).as("a trace file named in the report").isTrue();
        assertThat(Path.of(traceFile.group(1))).isRegularFile();
    }

    private static NodeFactory<${moduleName}Node> nodes(MergeRule rule) {
        return ${moduleName}Simulation.nodesWith(rule, () -> new TimeoutDetector(${moduleName}Simulation.CONFIG.failureTimeout()));
    }

    private static void assertCaught(LongConsumer buggy, String invariant) {
        InvariantViolationError caught = firstViolation(buggy);

        assertThat(caught.invariant()).isEqualTo(invariant);
        assertThat(caught.getMessage()).contains(invariant).contains("seed " + caught.seed());

        InvariantViolationError replayed = catchThrowableOfType(InvariantViolationError.class, () -> buggy.accept(caught.seed()));
        assertThat(replayed).as("replaying seed %d", caught.seed()).isNotNull();
        assertThat(replayed.step()).isEqualTo(caught.step());
        assertThat(replayed.getMessage()).isEqualTo(caught.getMessage());
    }

    private static InvariantViolationError firstViolation(LongConsumer buggy) {
        for (long seed = 1; seed <= SEARCH_SEEDS; seed++) {
            try {
                buggy.accept(seed);
            } catch (InvariantViolationError violation) {
                return violation;
            }
        }
        return fail("no seed in 1.." + SEARCH_SEEDS + " exposed the planted bug");
    }

    /** Bug: once suspected, a peer stays suspected, whatever is heard from it. */
    private static final class NeverForgives implements FailureDetector {

        private final FailureDetector detector;
        private final SortedSet<NodeId> ever = new TreeSet<>();

        NeverForgives(FailureDetector detector) {
            this.detector = detector;
        }

        @Override
        public void start(Collection<NodeId> peers, LogicalTime now) {
            detector.start(peers, now);
        }

        @Override
        public void heard(NodeId peer, LogicalTime now) {
            if (!ever.contains(peer)) {
                detector.heard(peer, now);
            }
        }

        @Override
        public SortedSet<NodeId> suspects(LogicalTime now) {
            ever.addAll(detector.suspects(now));
            return new TreeSet<>(ever);
        }
    }
}
