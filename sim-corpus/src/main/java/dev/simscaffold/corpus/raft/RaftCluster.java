package dev.simscaffold.corpus.raft;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.buggify.Buggify;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.history.CheckResult;
import dev.simscaffold.core.history.HistoryChecker;
import dev.simscaffold.core.history.HistoryRecorder;
import dev.simscaffold.core.history.KvModel;
import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.history.Verdict;
import dev.simscaffold.core.net.FaultSchedule;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.SimNetworkBuilder;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.corpus.RunVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Raft cluster on a {@link SimNetwork}: the servers on machines with disks, the clients, the four safety
 * invariants of Raft's Figure 3 checked after every event, and the clients' history checked for
 * linearizability at the end. All the wiring of the corpus Raft is here, so a test names only a seed, a
 * {@link RaftSetup} and, for a scripted scenario, a fault schedule or the steps it drives on
 * {@link #network()}.
 *
 * <pre>{@code
 * RunVerdict verdict = RaftCluster.start(seed, RaftSetup.correct().withFaults(RaftSetup.realisticFaults())).run(600);
 * }</pre>
 */
public final class RaftCluster {

    /** The name of the end-of-run check of the clients' history. */
    public static final String LINEARIZABILITY = "linearizability";
    /** The name of the liveness property {@link #runThenRecover} awaits. */
    public static final String LEADER_ELECTED = "one leader that every live server follows";

    private final SimNetwork<RaftMessage> network;
    private final HistoryRecorder<KvOp, Long> history;
    private final RaftSetup setup;
    private final Buggify buggify;

    private RaftCluster(SimNetwork<RaftMessage> network, HistoryRecorder<KvOp, Long> history, RaftSetup setup, Buggify buggify) {
        this.network = network;
        this.history = history;
        this.setup = setup;
        this.buggify = buggify;
    }

    /**
     * Builds a cluster with random faults only.
     *
     * @param seed the run's seed
     * @param setup the cluster
     * @return the cluster at time 0
     */
    public static RaftCluster start(long seed, RaftSetup setup) {
        return start(seed, setup, FaultSchedule.none(), invariants());
    }

    /**
     * Builds a cluster whose network also follows a fault schedule.
     *
     * @param seed the run's seed
     * @param setup the cluster
     * @param schedule the scheduled faults, over the servers' and clients' ids
     * @return the cluster at time 0
     */
    public static RaftCluster start(long seed, RaftSetup setup, FaultSchedule schedule) {
        return start(seed, setup, schedule, invariants());
    }

    /**
     * Builds a cluster checked by the invariants given instead of all four, so a test can show which
     * invariant a bug breaks once the one it breaks first is out of the way.
     *
     * @param seed the run's seed
     * @param setup the cluster
     * @param schedule the scheduled faults, {@link FaultSchedule#none()} for none
     * @param invariants fresh invariants, checked after every event
     * @return the cluster at time 0
     */
    public static RaftCluster start(long seed, RaftSetup setup, FaultSchedule schedule, List<RaftInvariant> invariants) {
        return start(new SimContext(seed), Strategy.uniform(), setup, schedule, invariants);
    }

    /**
     * Builds a cluster with random faults only whose network decides among enabled events by a strategy:
     * the same seed under another strategy is another run, the same pair the same run.
     *
     * @param seed the run's seed
     * @param strategy the schedule strategy, such as {@code Strategy.pct(3)}
     * @param setup the cluster
     * @return the cluster at time 0
     */
    public static RaftCluster start(long seed, Strategy strategy, RaftSetup setup) {
        return start(new SimContext(seed), strategy, setup, FaultSchedule.none(), invariants());
    }

    /**
     * Builds a cluster with random faults only on a stream the caller gives, such as a guided search's try or a
     * property's recorded stream, so that every draw of the run is the caller's to record, replay or mutate.
     *
     * @param random the run's root stream
     * @param strategy the schedule strategy
     * @param setup the cluster
     * @return the cluster at time 0
     */
    public static RaftCluster start(SimRandom random, Strategy strategy, RaftSetup setup) {
        return start(new SimContext(random, strategy), strategy, setup, FaultSchedule.none(), invariants());
    }

    private static RaftCluster start(SimContext context, Strategy strategy, RaftSetup setup, FaultSchedule schedule,
            List<RaftInvariant> invariants) {
        HistoryRecorder<KvOp, Long> history = HistoryRecorder.create();
        Buggify buggify = setup.buggify() ? Buggify.simulated().attach(context) : Buggify.disabled();
        SimNetworkBuilder<RaftMessage> builder = SimNetwork.diskNodes(setup.servers(), RaftServer.factory(setup.servers(), setup.bugs(), buggify))
                .context(context)
                .strategy(strategy)
                .faults(setup.faults())
                .schedule(schedule)
                .traceMode(setup.traceMode());
        if (setup.clients() > 0) {
            builder.nodes(setup.clients(), RaftClient.factory(setup.servers(), LogicalTime.of(setup.workloadTicks()), history));
        }
        for (RaftInvariant invariant : invariants) {
            builder.expect(Expectation.always(invariant.name(), view -> invariant.check(view.all(RaftServer.class))));
        }
        RaftSituations.all().forEach(builder::expect);
        SimNetwork<RaftMessage> network = builder.build();
        history.attach(network);
        return new RaftCluster(network, history, setup, buggify);
    }

    /**
     * Returns fresh instances of the four safety invariants of Raft's Figure 3; each keeps history, so a
     * network needs its own.
     *
     * @return election safety, log matching, leader completeness and state machine safety
     */
    public static List<RaftInvariant> invariants() {
        return List.of(new ElectionSafety(), new LogMatching(), new LeaderCompleteness(), new StateMachineSafety());
    }

    /**
     * Runs for {@code ticks} with every invariant checked after every event, then checks the clients'
     * history for linearizability.
     *
     * @param ticks how long to run
     * @return the verdict
     */
    public RunVerdict run(long ticks) {
        return check(() -> network.run(ticks));
    }

    /**
     * Runs a scripted scenario's steps on {@link #network()} with every invariant checked after every event,
     * then checks the clients' history for linearizability.
     *
     * @param steps what to do to the network
     * @return the verdict
     */
    public RunVerdict check(Runnable steps) {
        try {
            steps.run();
        } catch (InvariantViolationError violation) {
            return RunVerdict.violated(violation, network);
        }
        CheckResult<KvOp, Long> result = HistoryChecker.of(KvModel.kv()).linearizable(history.history());
        Optional<String> failed = result.verdict() == Verdict.OK ? Optional.empty() : Optional.of(LINEARIZABILITY);
        return RunVerdict.ended(failed, failed.isPresent() ? result.describe() : "", network);
    }

    /**
     * Runs with faults for {@code ticks}, then stops the faults (partitions heal, crashed servers restart) and
     * requires a leader that every live server follows within {@code recoveryTicks}, with every invariant checked
     * after every event throughout; then checks the clients' history for linearizability.
     *
     * @param ticks how long the faults last
     * @param recoveryTicks how long the cluster has to elect a leader once they stop
     * @return the verdict; a missed deadline fails as {@code liveness: }{@value #LEADER_ELECTED}
     */
    public RunVerdict runThenRecover(long ticks, long recoveryTicks) {
        return check(() -> {
            network.run(ticks);
            network.quiesce();
            network.awaitLiveness(leaderElected(), recoveryTicks);
        });
    }

    /**
     * Every live server follows one leader, whose term is theirs: what a cluster must reach once faults stop.
     *
     * @return the expectation, met once one leader and one term remain
     */
    public static Expectation<NetworkView<RaftMessage>> leaderElected() {
        return Expectation.eventually(LEADER_ELECTED, view -> {
            List<RaftServer> live = view.all(RaftServer.class);
            long leaders = live.stream().filter(server -> server.role() == RaftRole.LEADER).count();
            long terms = live.stream().mapToLong(RaftServer::currentTerm).distinct().count();
            return leaders == 1 && terms == 1 ? List.of() : List.of(leaders + " leaders among " + live.size() + " live servers, in " + terms + " terms");
        });
    }

    /**
     * Returns the network, for scripted faults and for reading nodes.
     *
     * @return the network
     */
    public SimNetwork<RaftMessage> network() {
        return network;
    }

    /**
     * Returns the recorder of the clients' history.
     *
     * @return the recorder
     */
    public HistoryRecorder<KvOp, Long> history() {
        return history;
    }

    /**
     * Returns the run's buggify: its {@link Buggify#report()} lists the sites enabled and fired.
     *
     * @return the buggify, {@link Buggify#disabled()} unless the setup made it live
     */
    public Buggify buggify() {
        return buggify;
    }

    /**
     * Returns what the cluster was built from.
     *
     * @return the setup
     */
    public RaftSetup setup() {
        return setup;
    }

    /**
     * Returns the live servers, in id order.
     *
     * @return the servers
     */
    public List<RaftServer> servers() {
        return network.view().all(RaftServer.class);
    }

    /**
     * Returns the server with the highest term among those that lead now, if any.
     *
     * @return the leader
     */
    public Optional<RaftServer> leader() {
        RaftServer leader = null;
        for (RaftServer server : servers()) {
            if (server.role() == RaftRole.LEADER && (leader == null || server.currentTerm() > leader.currentTerm())) {
                leader = server;
            }
        }
        return Optional.ofNullable(leader);
    }

    /**
     * Returns the ids of the servers, {@code node-0} on.
     *
     * @return the ids
     */
    public List<NodeId> serverIds() {
        List<NodeId> ids = new ArrayList<>();
        for (int i = 0; i < setup.servers(); i++) {
            ids.add(NodeId.of(i));
        }
        return ids;
    }
}
