package dev.simscaffold.bench;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.SimNetworkBuilder;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.TraceMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A two-phase commit of one transaction for the bug benchmark: {@code node-0} coordinates, the others take
 * part. Each participant votes yes (four times in five) or no, and one that votes no aborts at once, as it
 * may. The coordinator decides commit only on a yes from every participant; when its timeout fires first it
 * decides abort, or, with the planted bug, commit, as if the missing votes
 * were yes. The invariant, checked after every event: no participant commits while another aborts, and
 * none commits after voting no. The bug needs a no vote that is lost or arrives after the timeout.
 */
final class TwoPhaseCommit {

    /** How many participants. */
    static final int PARTICIPANTS = 2;
    /** Ticks the coordinator waits for votes. */
    static final long TIMEOUT_TICKS = 20;
    /** The network: 2 % loss, delays of 1 to 6 ticks with a 2 % tail to 40. */
    static final NetworkFaults FAULTS = NetworkFaults.builder().lossRate(0.02).minDelayTicks(1).maxDelayTicks(6)
            .tailDelayRate(0.02).maxTailDelayTicks(40).build();

    /** The invariant's name. */
    static final String ATOMIC_COMMIT = "atomic commit";
    /** How long one transaction runs. */
    static final long TRANSACTION_TICKS = 200;
    /** The label of the span each transaction is drawn in, after {@code op.}: one client operation to the shrinker. */
    static final String OPERATION_KIND = "2pc";
    /**
     * A workload of up to 8 transactions, about 3 on average, each drawn as one {@code op.2pc} span
     * ({@link Gen#operations}): a transaction is its "one more?" decision alone (its votes and the network's fate
     * are the run's own draws), so shrinking deletes it as a unit and {@link dev.simscaffold.core.check.ActionCount}
     * counts it.
     */
    static final Gen<Integer> TRANSACTIONS = Gen.operations(OPERATION_KIND, Gen.constant("transaction"), 8, 3).map(List::size);

    private TwoPhaseCommit() {
    }

    /** What the nodes say to each other. */
    sealed interface Message {
    }

    /** The coordinator asks a participant to prepare. */
    record Prepare() implements Message {
    }

    /**
     * A participant's vote.
     *
     * @param yes whether it can commit
     */
    record Vote(boolean yes) implements Message {
    }

    /**
     * The coordinator's decision.
     *
     * @param commit commit or abort
     */
    record Decision(boolean commit) implements Message {
    }

    /** A participant's fate. */
    enum Outcome { PENDING, COMMITTED, ABORTED }

    /** One node: the coordinator ({@code node-0}) or a participant. */
    static final class Node implements SansIoNode<Message> {

        private final NodeId id;
        private final boolean buggy;
        private final SimRandom random;
        private final Outbox<Message> outbox;
        private final List<NodeId> yes = new ArrayList<>();
        private LogicalTime deadline;
        private boolean decided;
        private boolean votedNo;
        private Outcome outcome = Outcome.PENDING;

        Node(NodeId id, boolean buggy, SimRandom random) {
            this.id = id;
            this.buggy = buggy;
            this.random = random;
            this.outbox = new Outbox<>(id);
            if (id.index() == 0) {
                for (int p = 1; p <= PARTICIPANTS; p++) {
                    outbox.send(NodeId.of(p), new Prepare());
                }
                deadline = LogicalTime.of(TIMEOUT_TICKS);
            }
        }

        @Override
        public void handleInput(NodeId from, Message message, LogicalTime now) {
            if (message instanceof Prepare && outcome == Outcome.PENDING && !votedNo) {
                boolean canCommit = random.chance(0.8);
                votedNo = !canCommit;
                if (votedNo) {
                    outcome = Outcome.ABORTED;
                }
                outbox.send(from, new Vote(canCommit));
            } else if (message instanceof Vote vote && !decided) {
                if (!vote.yes()) {
                    decide(false);
                } else if (!yes.contains(from)) {
                    yes.add(from);
                    if (yes.size() == PARTICIPANTS) {
                        decide(true);
                    }
                }
            } else if (message instanceof Decision decision && outcome == Outcome.PENDING) {
                outcome = decision.commit() ? Outcome.COMMITTED : Outcome.ABORTED;
            }
        }

        private void decide(boolean commit) {
            decided = true;
            deadline = null;
            for (int p = 1; p <= PARTICIPANTS; p++) {
                outbox.send(NodeId.of(p), new Decision(commit));
            }
        }

        @Override
        public void handleTimeout(LogicalTime now) {
            if (!decided) {
                decide(buggy);
            }
        }

        @Override
        public Optional<Transmit<Message>> pollTransmit() {
            return outbox.poll();
        }

        @Override
        public Optional<LogicalTime> pollTimeout() {
            return Optional.ofNullable(deadline);
        }

        Outcome outcome() {
            return outcome;
        }

        boolean votedNo() {
            return votedNo;
        }

        boolean participant() {
            return id.index() > 0;
        }
    }

    /** The invariant's violations among the participants' outcomes. */
    static List<String> atomicity(List<Node> nodes) {
        List<String> problems = new ArrayList<>();
        boolean committed = false;
        boolean aborted = false;
        for (Node node : nodes) {
            if (!node.participant()) {
                continue;
            }
            committed |= node.outcome() == Outcome.COMMITTED;
            aborted |= node.outcome() == Outcome.ABORTED;
            if (node.outcome() == Outcome.COMMITTED && node.votedNo()) {
                problems.add(node.id + " committed after voting no");
            }
        }
        if (committed && aborted) {
            problems.add("one participant committed and another aborted");
        }
        return problems;
    }

    /**
     * Runs one transaction for {@value #TRANSACTION_TICKS} ticks; true if the invariant failed.
     *
     * @param seed the run's seed
     * @param strategy the schedule strategy
     * @param buggy whether the coordinator decides commit on its timeout
     * @return whether the run failed
     */
    static boolean fails(long seed, Strategy strategy, boolean buggy) {
        try {
            run(builder(buggy).seed(seed).strategy(strategy));
            return false;
        } catch (InvariantViolationError violation) {
            return true;
        }
    }

    /**
     * Runs a generated workload: its transactions one after another, each on a fresh network for
     * {@value #TRANSACTION_TICKS} ticks, every vote and network decision drawn from the stream.
     *
     * @param transactions how many transactions
     * @param random the stream (a property's, so the run shrinks)
     * @param buggy whether the coordinator decides commit on its timeout
     * @throws InvariantViolationError if a transaction breaks {@value #ATOMIC_COMMIT}
     */
    static void run(int transactions, SimRandom random, boolean buggy) {
        for (int t = 0; t < transactions; t++) {
            run(builder(buggy).random(random));
        }
    }

    private static SimNetworkBuilder<Message> builder(boolean buggy) {
        return SimNetwork.<Message>nodes(PARTICIPANTS + 1, (id, random, now) -> new Node(id, buggy, random))
                .faults(FAULTS).traceMode(TraceMode.FINGERPRINT_ONLY)
                .expect(Expectation.always(ATOMIC_COMMIT, view -> atomicity(view.all(Node.class))));
    }

    private static void run(SimNetworkBuilder<Message> builder) {
        builder.build().run(TRANSACTION_TICKS);
    }
}
