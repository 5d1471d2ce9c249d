package org.acme.gossip;

import org.acme.gossip.MembershipSimulation.Cluster;
import org.acme.gossip.MembershipSimulation.NemesisPool;
import org.acme.gossip.MembershipSimulation.Scenario;
import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyResult;
import dev.simscaffold.core.net.DurableNodeFactory;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.testkit.campaign.Canary;
import dev.simscaffold.testkit.determinism.DeterminismCheck;
import dev.simscaffold.testkit.planted.PlantedBug;
import dev.simscaffold.testkit.property.Properties;
import dev.simscaffold.testkit.property.PropertyFailedError;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

/**
 * Proof that the shipped checks can fail. Each test plants one bug in a part of the node (its merge
 * rule, its detector, what it restores after a crash), runs the simulation over seeds until one exposes
 * it, and checks that the intended check reports it with a seed that replays the very same failure. If a
 * test here fails, a check or the workload has gone blind to the bug it exists to catch. The re-stamping
 * merge, the bug the README shows, is also {@code MembershipCampaign}'s canary: every campaign shard must
 * find it again on its own seeds.
 */
class PlantedBugTest {

    /** How many seeds a planted bug may take to surface; each bug here needs only a few. */
    private static final int SEARCH_SEEDS = 100;
    /** How many seeds a run without the nemeses must pass, to show that they are what finds the bug. */
    private static final int WITHOUT_NEMESES_SEEDS = 20;

    /**
     * Bug: takes whatever arrives, so a duplicated or delayed old entry overwrites a newer one; also the
     * reordering bug {@code MembershipModelCheckTest} finds by exploring every order of messages.
     */
    static final MergeRule ACCEPT_ANY = (held, arriving) -> arriving;

    /** Bug: "bumps" an arriving newer entry's version, as if the receiver had written it. */
    private static final MergeRule RESTAMP = (held, arriving) -> arriving.version().isNewerThan(held.version())
            ? new Entry(arriving.key(), arriving.value(), new Version(arriving.version().counter() + 1, arriving.version().writer()))
            : held;

    /** Bug: the first value a node learns of a key is kept forever. */
    private static final MergeRule FIRST_WRITE_WINS = (held, arriving) -> held;

    /** Three nodes gossiping every 10 ticks to one peer: the shrinking test's cluster, whatever was generated. */
    private static final Cluster SHOWN = new Cluster(3, new MembershipConfig(10, 60, 1));
    /** The fingerprint of the shrunk run of {@link #theMessageFaultsPropertyCatchesAMergeThatRestampsWhatArrives()}. */
    private static final String SHOWN_FINGERPRINT = "a9c3febf3df095aa";

    /**
     * The campaign's canary: the re-stamping merge under message faults, as
     * {@link #restampingWhatArrivesIsCaughtAsAnInventedEntry()} plants it, which a campaign shard must find
     * within as many of its seeds as a planted bug may take here.
     */
    static final Canary CANARY = Canary.named("a merge that re-stamps what arrives", messageFaults(RESTAMP))
            .caughtBy(MembershipInvariants.NO_INVENTED_ENTRIES)
            .within(SEARCH_SEEDS);

    @Test
    void acceptingAnOlderVersionIsCaught() {
        planted(messageFaults(ACCEPT_ANY)).assertCaughtBy(MembershipInvariants.VERSIONS_NEVER_GO_BACKWARDS);
    }

    @Test
    void restampingWhatArrivesIsCaughtAsAnInventedEntry() {
        planted(messageFaults(RESTAMP)).assertCaughtBy(MembershipInvariants.NO_INVENTED_ENTRIES);
    }

    @Test
    void restartingWithoutTheDurableEntriesIsCaught() {
        planted(seed -> MembershipSimulation.run(seed, Scenario.hostile(), forgetful()))
                .assertCaughtBy(MembershipInvariants.VERSIONS_NEVER_GO_BACKWARDS);
    }

    /**
     * The ready-made nemeses alone find the forgetful restart: the same run without them (a perfect network,
     * so nothing ever restarts) passes on {@value #WITHOUT_NEMESES_SEEDS} seeds, and with them, striking each node soon after
     * it takes a write of its own, the invariant catches it.
     */
    @Test
    void theNemesesAimedAtTheOriginOfEachWriteFindAForgetfulRestartThatTheSameRunWithoutThemMisses() {
        Scenario aimed = Scenario.aimed();
        for (long seed = 1; seed <= WITHOUT_NEMESES_SEEDS; seed++) {
            MembershipSimulation.run(seed, aimed.with(NemesisPool.NONE), forgetful());
        }
        planted(seed -> MembershipSimulation.run(seed, aimed, forgetful()))
                .assertCaughtBy(MembershipInvariants.VERSIONS_NEVER_GO_BACKWARDS);
    }

    /** A swarm over the ready-made nemeses, with a random half of them armed per seed, finds it too. */
    @Test
    void aSwarmOfNemesesFindsAForgetfulRestart() {
        planted(seed -> MembershipSimulation.run(seed, Scenario.swarm(), forgetful()))
                .assertCaughtBy(MembershipInvariants.VERSIONS_NEVER_GO_BACKWARDS);
    }

    @Test
    void keepingTheFirstWriteForeverNeverConverges() {
        planted(seed -> MembershipSimulation.run(seed, Scenario.calm(), nodes(FIRST_WRITE_WINS)))
                .assertCaughtBy("liveness: " + MembershipInvariants.ALL_AGREE);
    }

    @Test
    void aDetectorThatNeverForgivesIsCaught() {
        DurableNodeFactory<MembershipDurable, MembershipNode> unforgiving = MembershipSimulation.nodesWith(MergeRule.LAST_WRITER_WINS,
                () -> new NeverForgives(new TimeoutDetector(MembershipSimulation.CONFIG.failureTimeout())));
        planted(seed -> SuspicionTest.crashAndRecover(seed, unforgiving))
                .assertCaughtBy(MembershipInvariants.trustedByAll(NodeId.of(1)));
    }

    /**
     * The re-stamping bug fails a shrinking property too, not only a hunt over seeds: the property is what
     * a developer runs on every build. It runs the fixed cluster {@link #SHOWN} with two writes over three
     * rounds, so the trace file it writes, which the README shows, is the same whatever cluster the module
     * was generated with; its fingerprint pins that run: the same seed must give the same run on every JDK
     * and machine. The pinned run is first made again in a fresh JVM, so an order or a hash salted per JVM
     * ({@code Set.of}, an enum's identity hash) fails here as a determinism failure naming the first event
     * where the two JVMs part, not as a pin that passes in some JVMs only. If you changed the node, the
     * workload or the faults on purpose, the run changes with them: put the fingerprint this test reports
     * here, and the new trace file in the README.
     */
    @Test
    void theMessageFaultsPropertyCatchesAMergeThatRestampsWhatArrives() {
        PropertyFailedError failure = PlantedBug.assertPropertyCatches(MembershipInvariants.NO_INVENTED_ENTRIES, PinnedRun::property);
        DeterminismCheck.assertPinned(SHOWN_FINGERPRINT, failure.result(), PinnedRun.class);
    }

    /**
     * The pinned run, which a fresh JVM creates by name and makes again (replaying the shrunk case, as the
     * report's replay command would): the message-faults property over the re-stamping merge on
     * {@link #SHOWN} from the same seed, shrunk. Its trace keeps every event.
     */
    static final class PinnedRun implements BiFunction<Long, TraceMode, Trace> {

        private static final Scenario SCENARIO = Scenario.messageFaults(SHOWN, 2, 3);
        private static final DurableNodeFactory<MembershipDurable, MembershipNode> RESTAMPING =
                SHOWN.nodesWith(RESTAMP, () -> new TimeoutDetector(SHOWN.config().failureTimeout()));

        static void property(SimRandom random) {
            MembershipSimulation.run(random, SCENARIO, RESTAMPING, List.of());
        }

        @Override
        public Trace apply(Long seed, TraceMode mode) {
            PropertyResult<SimRandom> result = Properties.forAll(Gen.liveRandom()).seed(seed).run(PinnedRun::property);
            if (result instanceof Falsified<SimRandom> failure && failure.shrunk().failure() instanceof InvariantViolationError violation) {
                return violation.trace();
            }
            throw new AssertionError("the planted re-stamping merge's property did not fail with a violation in this JVM: " + result);
        }
    }

    /**
     * A seed sweep, as the scenario tests use, reports a bug it finds with what a reader needs: the seed,
     * the command that reruns just that seed, and the trace files.
     */
    @Test
    void aSweepThatFindsABugReportsTheSeedTheReplayCommandAndTheTrace() {
        planted(messageFaults(ACCEPT_ANY)).assertSweepReports("Membership-planted-bug", MembershipInvariants.VERSIONS_NEVER_GO_BACKWARDS);
    }

    /** Bug: a restarted node ignores what it stored and starts empty, as if it had never persisted anything. */
    private static DurableNodeFactory<MembershipDurable, MembershipNode> forgetful() {
        DurableNodeFactory<MembershipDurable, MembershipNode> shipped = MembershipSimulation.shippedNodes();
        return new DurableNodeFactory<>() {
            @Override
            public MembershipNode create(NodeId id, SimRandom random, LogicalTime now) {
                return shipped.create(id, random, now);
            }

            @Override
            public MembershipNode restore(NodeId id, SimRandom random, MembershipDurable stored, LogicalTime now) {
                return shipped.create(id, random, now);
            }
        };
    }

    /** The simulation under message faults of nodes merging by the rule, for one seed; it throws the violation it finds. */
    private static LongConsumer messageFaults(MergeRule rule) {
        return seed -> MembershipSimulation.run(seed, Scenario.messageFaults(), nodes(rule));
    }

    private static DurableNodeFactory<MembershipDurable, MembershipNode> nodes(MergeRule rule) {
        return MembershipSimulation.nodesWith(rule, () -> new TimeoutDetector(MembershipSimulation.CONFIG.failureTimeout()));
    }

    /** The simulation over the bug, run for each of the seeds a planted bug may take to surface. */
    private static PlantedBug planted(LongConsumer buggy) {
        return PlantedBug.searching(SEARCH_SEEDS, buggy);
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

        @Override
        public FailureDetector modelCopy() {
            NeverForgives copy = new NeverForgives(detector.modelCopy());
            copy.ever.addAll(ever);
            return copy;
        }

        @Override
        public Object modelKey() {
            return List.of(detector.modelKey(), new TreeSet<>(ever));
        }
    }
}
