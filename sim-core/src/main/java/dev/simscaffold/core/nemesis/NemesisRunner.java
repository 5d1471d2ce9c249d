package dev.simscaffold.core.nemesis;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.RoleReporting;
import dev.simscaffold.core.net.RunResult;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Runs a {@link SimNetwork} with nemeses: {@link #run(long)} takes the place of {@code network.run(ticks)}
 * and, between events, lets each nemesis whose trigger fired strike through the network's public verbs
 * ({@code crash}, {@code powerLoss}, {@code pause}, {@code partition}, {@code restart}, {@code heal}), then undoes
 * lasting faults when their drawn time comes. Several nemeses compose: they share the run, each with its own
 * trigger and stream, and strike in the order given.
 *
 * <p>Decisions are drawn from the context's {@code nemesis} fork (one stream per nemesis, forked by name), in
 * {@code fault.nemesis.<name>} spans: they replay with the seed, shrink like other faults, and leave every
 * other stream of the network untouched. A network driven only by {@code run} between strikes processes the
 * same events a plain {@code run} would, so a nemesis that never strikes changes nothing.
 *
 * <p>A nemesis whose target or role reading throws fails the run with an {@link IllegalStateException} naming
 * the nemesis. Call {@link #quiesce()} (or the network's) before a liveness phase.
 *
 * @param <M> the network's message type
 */
@Api(Api.Status.EXPERIMENTAL)
public final class NemesisRunner<M> {

    /** The context fork every nemesis stream is derived from. */
    public static final String FORK = "nemesis";

    /** What every swarm decision's span label starts with, followed by the nemesis's name. */
    public static final String SWARM_SPAN = "swarm.nemesis.";

    /** The chance that {@link #swarm} arms each nemesis for a run. */
    public static final double SWARM_CHANCE = 0.5;

    private final SimNetwork<M> network;
    private final List<Armed> armed = new ArrayList<>();
    private final PriorityQueue<Recovery> recoveries = new PriorityQueue<>();
    private final SortedSet<NodeId> peers = new TreeSet<>();
    private final List<Planned> partitions = new ArrayList<>();
    private final List<String> swarmedOff = new ArrayList<>();
    private final SendWatch<M> watch;
    private long recoverySequence;
    private boolean afterEvent;

    private NemesisRunner(SimNetwork<M> network, List<Nemesis> nemeses, List<MessageFault<M>> messageFaults, boolean swarm) {
        this.network = network;
        SimRandom root = network.context().fork(FORK);
        SimRandom swarmRandom = root.fork("swarm");
        SortedSet<String> names = new TreeSet<>();
        for (Nemesis nemesis : nemeses) {
            Objects.requireNonNull(nemesis, "nemesis must not be null");
            if (!names.add(nemesis.name())) {
                throw new IllegalArgumentException("two nemeses are named " + nemesis.name() + "; name each one differently");
            }
            if (swarm && !swarmRandom.span(SWARM_SPAN + nemesis.name(), () -> swarmRandom.chance(SWARM_CHANCE))) {
                swarmedOff.add(nemesis.name());
                continue;
            }
            armed.add(new Armed(nemesis, root.fork(nemesis.name()), network.now().ticks()));
        }
        List<SendWatch.ArmedFault<M>> faults = new ArrayList<>();
        for (MessageFault<M> fault : messageFaults) {
            Objects.requireNonNull(fault, "message fault must not be null");
            if (!names.add(fault.name())) {
                throw new IllegalArgumentException("two nemeses or message faults are named " + fault.name() + "; name each one differently");
            }
            if (swarm && !swarmRandom.span(SWARM_SPAN + fault.name(), () -> swarmRandom.chance(SWARM_CHANCE))) {
                swarmedOff.add(fault.name());
                continue;
            }
            faults.add(new SendWatch.ArmedFault<>(fault, root.fork(fault.name())));
        }
        List<Armed> watching = new ArrayList<>();
        List<Class<?>> senderKinds = new ArrayList<>();
        for (Armed one : armed) {
            if (one.nemesis.trigger() instanceof Trigger.OnSend) {
                watching.add(one);
            }
            if (one.nemesis.target() instanceof Target.LastSender last && !senderKinds.contains(last.kind())) {
                senderKinds.add(last.kind());
            }
        }
        watch = new SendWatch<>(this, watching, senderKinds, faults);
        if (watch.needed()) {
            network.tapSends(watch);
        }
        notePeers(network.view());
    }

    /**
     * Arms nemeses on a network, from its current time.
     *
     * @param <M> the message type
     * @param network the network, run only through this runner from now on
     * @param nemeses the nemeses, with distinct names
     * @return the runner
     * @throws IllegalStateException if the network's context already forked {@value #FORK}
     */
    public static <M> NemesisRunner<M> on(SimNetwork<M> network, Nemesis... nemeses) {
        return on(network, List.of(nemeses));
    }

    /**
     * Arms nemeses on a network, from its current time, such as {@code Nemeses.leaderHunt(LEADER, FOLLOWER)}.
     *
     * @param <M> the message type
     * @param network the network, run only through this runner from now on
     * @param nemeses the nemeses, with distinct names
     * @return the runner
     * @throws IllegalStateException if the network's context already forked {@value #FORK}
     */
    public static <M> NemesisRunner<M> on(SimNetwork<M> network, List<Nemesis> nemeses) {
        Objects.requireNonNull(network, "network must not be null");
        return new NemesisRunner<>(network, List.copyOf(nemeses), List.of(), false);
    }

    /**
     * Arms nemeses and message faults on a network, from its current time: the message faults strike messages
     * of their kinds as they are sent (dropped, delayed, duplicated, corrupted, misdelivered), through the
     * network's send tap, which this runner puts on and keeps until the network is discarded.
     *
     * @param <M> the message type
     * @param network the network, run only through this runner from now on
     * @param nemeses the nemeses
     * @param messageFaults the message faults; their names and the nemeses' all distinct
     * @return the runner
     * @throws IllegalStateException if the network's context already forked {@value #FORK}
     */
    public static <M> NemesisRunner<M> on(SimNetwork<M> network, List<Nemesis> nemeses, List<MessageFault<M>> messageFaults) {
        Objects.requireNonNull(network, "network must not be null");
        return new NemesisRunner<>(network, List.copyOf(nemeses), List.copyOf(messageFaults), false);
    }

    /**
     * Arms a random subset of nemeses on a network, each with probability {@value #SWARM_CHANCE}: swarm testing
     * over nemeses, as FoundationDB and VOPR vary which faults a run has, not only how often. A run with fewer
     * kinds of trouble goes deeper into the ones it has (a cut-off leader is not also crashed before it can
     * come back), and across seeds every combination is tried. Each decision is a choice in a
     * {@code swarm.nemesis.<name>} span, drawn in the order given from a stream of its own, so it replays with
     * the seed, shrinks toward "off", and an armed nemesis draws the same as it would without the others;
     * {@link #swarmedOff()} names those left out.
     *
     * @param <M> the message type
     * @param network the network, run only through this runner from now on
     * @param nemeses the pool, with distinct names
     * @return the runner
     */
    public static <M> NemesisRunner<M> swarm(SimNetwork<M> network, List<Nemesis> nemeses) {
        Objects.requireNonNull(network, "network must not be null");
        return new NemesisRunner<>(network, List.copyOf(nemeses), List.of(), true);
    }

    /**
     * Arms a random subset of nemeses and of message faults on a network, each with probability {@value
     * #SWARM_CHANCE}, as {@link #swarm(SimNetwork, List)} does for nemeses: payload faults (corrupt, misdeliver)
     * and drops, delays and duplicates of one kind become swarm members like any nemesis. The nemeses are decided
     * first, in the order given, then the message faults, each in a {@code swarm.nemesis.<name>} span; a pool
     * without message faults draws exactly what {@link #swarm(SimNetwork, List)} draws.
     *
     * @param <M> the message type
     * @param network the network, run only through this runner from now on
     * @param nemeses the nemeses of the pool
     * @param messageFaults the message faults of the pool; their names and the nemeses' all distinct
     * @return the runner
     */
    public static <M> NemesisRunner<M> swarm(SimNetwork<M> network, List<Nemesis> nemeses, List<MessageFault<M>> messageFaults) {
        Objects.requireNonNull(network, "network must not be null");
        return new NemesisRunner<>(network, List.copyOf(nemeses), List.copyOf(messageFaults), true);
    }

    /**
     * Returns the nemeses and message faults {@link #swarm} left out of this run, in the order given; empty for {@link #on}.
     *
     * @return the names
     */
    public List<String> swarmedOff() {
        return List.copyOf(swarmedOff);
    }

    /**
     * Runs the network for {@code ticks}, like {@link SimNetwork#run(long)}, with the nemeses striking.
     *
     * @param ticks how far to run, {@code >= 0}
     * @return how many network events were processed
     */
    public long run(long ticks) {
        if (ticks < 0) {
            throw new IllegalArgumentException("run ticks must be >= 0, got " + ticks);
        }
        long deadline = Math.addExact(network.now().ticks(), ticks);
        long events = 0;
        while (true) {
            long wake = Math.min(deadline, nextTimed());
            afterEvent = false;
            RunResult result = network.runUntil(this::observe, wake - network.now().ticks());
            events += result.events();
            if (result.held()) {
                strikeFired();
                continue;
            }
            runTimed();
            if (network.now().ticks() >= deadline) {
                return events;
            }
        }
    }

    /**
     * Stops the nemeses' lasting faults and every other fault: pending restarts and heals are dropped, since the
     * network's {@link SimNetwork#quiesce()} restarts, heals and resumes everything; message faults stop
     * striking (triggers on a message kind still see sends).
     */
    public void quiesce() {
        watch.stop();
        recoveries.clear();
        partitions.clear();
        network.quiesce();
    }

    /**
     * Returns what each armed nemesis did so far, in the order they were given.
     *
     * @return one entry per nemesis
     */
    public List<NemesisStats> stats() {
        return armed.stream().map(Armed::stats).toList();
    }

    /**
     * Returns what each message fault did so far, in the order they were given.
     *
     * @return one entry per message fault
     */
    public List<MessageFaultStats> messageFaultStats() {
        return watch.stats();
    }

    /**
     * Returns one line for a failure report or a health check: per armed nemesis, how often it was triggered,
     * struck and found no target, then the nemeses a swarm left out, such as {@code nemeses: cut-off-new-leader
     * triggered 9, struck 9, no target 0; power-off-follower-at-new-leader triggered 9, struck 7, no target 2;
     * swarmed off: isolate-new-leader}. A nemesis that never struck says so: {@code never struck}.
     *
     * @return the line
     */
    public String summary() {
        StringBuilder line = new StringBuilder("nemeses:");
        String separator = " ";
        for (NemesisStats stats : stats()) {
            line.append(separator).append(stats.name()).append(" triggered ").append(stats.triggered()).append(", ")
                    .append(stats.strikes() == 0 ? "never struck" : "struck " + stats.strikes()).append(", no target ").append(stats.noTarget());
            separator = "; ";
        }
        for (MessageFaultStats stats : messageFaultStats()) {
            line.append(separator).append(stats.name()).append(" saw ").append(stats.seen()).append(", ")
                    .append(stats.struck() == 0 ? "never struck" : "struck " + stats.struck()).append(", no target ").append(stats.noTarget());
            separator = "; ";
        }
        if (!swarmedOff.isEmpty()) {
            line.append(separator).append("swarmed off: ").append(String.join(", ", swarmedOff));
        }
        return line.toString();
    }

    /**
     * Returns the network driven.
     *
     * @return the network
     */
    public SimNetwork<M> network() {
        return network;
    }

    private boolean observe(NetworkView<M> view) {
        boolean fired = false;
        for (Armed one : armed) {
            fired |= one.observe(view, afterEvent, network);
        }
        afterEvent = true;
        return fired;
    }

    private long nextTimed() {
        long next = recoveries.isEmpty() ? Long.MAX_VALUE : recoveries.peek().at();
        for (Armed one : armed) {
            next = Math.min(next, one.nextTick());
        }
        return next;
    }

    /** Strikes for every nemesis whose trigger fired at the last look. */
    private void strikeFired() {
        for (Armed one : armed) {
            if (one.takeDue()) {
                consider(one, one.fired(), one.previous());
            }
        }
    }

    /** Applies the recoveries and periodic strikes whose time has come. */
    private void runTimed() {
        long now = network.now().ticks();
        while (!recoveries.isEmpty() && recoveries.peek().at() <= now) {
            apply(recoveries.poll());
        }
        for (Armed one : armed) {
            if (one.nextTick() <= now) {
                one.firedAt(now);
                consider(one, List.of(), List.of());
            }
        }
    }

    private void consider(Armed one, List<NodeId> fired, List<NodeId> previous) {
        one.countTrigger();
        Nemesis nemesis = one.nemesis;
        SimRandom random = one.random;
        Planned planned = random.span(NemesisSpans.of(nemesis.name()), () -> {
            if (!random.occurs(nemesis.probability())) {
                return null;
            }
            long delay = nemesis.maxDelayTicks() == 0 ? 0 : random.between(0, nemesis.maxDelayTicks());
            Strike strike = random.pick(nemesis.strikes());
            List<NodeId> candidates = candidates(nemesis, strike, fired, previous);
            if (candidates.isEmpty() && strike != Strike.HEAL) {
                one.countMiss();
                return null;
            }
            NodeId node = candidates.isEmpty() ? null : random.pick(candidates);
            long ticks = random.between(1, nemesis.maxTicks());
            Planned plan = Strikes.plan(one, strike, node, ticks, network.nodeIds(), peers(), random);
            if (plan == null) {
                one.countMiss();
                return null;
            }
            if (delay > 0) {
                recoveries.add(new Recovery(Math.addExact(network.now().ticks(), delay), recoverySequence++, Recovery.Kind.STRIKE, node, 0, plan));
                return null;
            }
            return plan;
        });
        if (planned != null) {
            land(planned);
        }
    }

    private void land(Planned planned) {
        if (Strikes.apply(this, planned)) {
            planned.by().countStrike(planned.strike());
        } else {
            planned.by().countMiss();
        }
    }

    private void apply(Recovery due) {
        switch (due.kind()) {
            case STRIKE -> land(due.strike());
            case HEAL -> {
                if (partitions.removeIf(active -> active == due.strike())) {
                    heal(due.strike());
                }
            }
            case RESTART -> {
                if (!network.isUp(due.node()) && network.incarnation(due.node()) == due.incarnation()) {
                    network.restart(due.node());
                }
            }
            default -> throw new IllegalStateException("unknown recovery " + due.kind());
        }
    }

    private List<NodeId> candidates(Nemesis nemesis, Strike strike, List<NodeId> fired, List<NodeId> previous) {
        List<NodeId> candidates = new ArrayList<>();
        if (strike == Strike.RESTART) {
            for (NodeId id : network.nodeIds()) {
                if (!network.isUp(id)) {
                    candidates.add(id);
                }
            }
            return candidates;
        }
        if (strike == Strike.HEAL) {
            return candidates;
        }
        List<NodeId> targets;
        try {
            targets = nemesis.target() instanceof Target.LastSender last ? watch.lastSender(last.kind())
                    : nemesis.target().candidates(network.view(), fired, previous);
        } catch (RuntimeException failure) {
            throw failed(nemesis, "choosing a target at " + network.now(), failure);
        }
        for (NodeId id : Objects.requireNonNull(targets, () -> "nemesis " + nemesis.name() + ": its target returned null")) {
            if (network.isUp(id) && !candidates.contains(id)) {
                candidates.add(id);
            }
        }
        notePeers(network.view());
        return candidates;
    }

    /** Remembers the nodes that report a role, so a partition around one of them is built among its peers. */
    private void notePeers(NetworkView<M> view) {
        view.live().forEach((id, node) -> {
            if (node instanceof RoleReporting<?>) {
                peers.add(id);
            }
        });
    }

    SimNetwork<M> net() {
        return network;
    }

    /** The nodes that reported a role so far; all nodes if none did. */
    List<NodeId> peers() {
        return peers.isEmpty() ? network.nodeIds() : List.copyOf(peers);
    }

    void later(long ticks, Recovery.Kind kind, NodeId node, Planned partition) {
        long at = Math.addExact(network.now().ticks(), ticks);
        recoveries.add(new Recovery(at, recoverySequence++, kind, node, node == null ? 0 : network.incarnation(node), partition));
    }

    /** Makes a planned partition, first healing the runner's partitions still in place: a new grudge replaces the old. */
    void partition(Planned planned) {
        for (Planned old : partitions) {
            heal(old);
        }
        partitions.clear();
        for (Planned.Cut cut : planned.cuts()) {
            network.partition(cut.sideA(), cut.sideB());
        }
        partitions.add(planned);
    }

    /** Heals every partition, the runner's and any other. */
    void healAll() {
        partitions.clear();
        network.heal();
    }

    private void heal(Planned planned) {
        for (Planned.Cut cut : planned.cuts()) {
            network.heal(cut.sideA(), cut.sideB());
        }
    }

    static IllegalStateException failed(Nemesis nemesis, String what, RuntimeException cause) {
        return new IllegalStateException("nemesis " + nemesis.name() + " failed " + what + ": " + cause, cause);
    }
}
