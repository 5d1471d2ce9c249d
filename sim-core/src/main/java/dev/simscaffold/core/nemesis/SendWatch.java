package dev.simscaffold.core.nemesis;

import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SendTap;
import dev.simscaffold.core.net.Tapped;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * A runner's tap on the network's sends: it tells the nemeses whose trigger is a message kind who sent one,
 * remembers the last sender of each kind a target names, and lets the message faults strike. The first
 * message fault whose kind matches and that decides to strike decides the message's fate; the others still
 * draw their "does it strike?" for it, so each fault's stream does not depend on the others.
 *
 * @param <M> the message type
 */
final class SendWatch<M> implements SendTap<M> {

    private final NemesisRunner<M> runner;
    private final List<Armed> watching;
    private final List<Class<?>> senderKinds;
    private final NodeId[] lastSenders;
    private final List<ArmedFault<M>> faults;
    private boolean stopped;

    SendWatch(NemesisRunner<M> runner, List<Armed> watching, List<Class<?>> senderKinds, List<ArmedFault<M>> faults) {
        this.runner = runner;
        this.watching = List.copyOf(watching);
        this.senderKinds = List.copyOf(senderKinds);
        this.lastSenders = new NodeId[senderKinds.size()];
        this.faults = List.copyOf(faults);
    }

    /** Whether anything needs the tap: without it, the network runs untapped. */
    boolean needed() {
        return !watching.isEmpty() || !senderKinds.isEmpty() || !faults.isEmpty();
    }

    /** Message faults stop striking (a liveness phase); sends are still watched. */
    void stop() {
        stopped = true;
    }

    /** The node that last sent a message of the kind, if any. */
    List<NodeId> lastSender(Class<?> kind) {
        int at = senderKinds.indexOf(kind);
        return at < 0 || lastSenders[at] == null ? List.of() : List.of(lastSenders[at]);
    }

    List<MessageFaultStats> stats() {
        return faults.stream().map(ArmedFault::stats).toList();
    }

    @Override
    public Tapped<M> onSend(NodeId from, NodeId to, M message) {
        for (Armed armed : watching) {
            armed.noteSend(from, message);
        }
        for (int i = 0; i < lastSenders.length; i++) {
            if (senderKinds.get(i).isInstance(message)) {
                lastSenders[i] = from;
            }
        }
        if (stopped) {
            return null;
        }
        Tapped<M> decided = null;
        for (ArmedFault<M> fault : faults) {
            if (fault.matches(message)) {
                Tapped<M> tapped = fault.decide(from, to, message, runner.net().nodeIds());
                if (decided == null) {
                    decided = tapped;
                }
            }
        }
        return decided;
    }

    /** A message fault in one run: its stream and its counts. */
    static final class ArmedFault<M> {
        private final MessageFault<M> fault;
        private final SimRandom random;
        private long seen;
        private long struck;
        private long noTarget;

        ArmedFault(MessageFault<M> fault, SimRandom random) {
            this.fault = fault;
            this.random = random;
        }

        boolean matches(M message) {
            return fault.kind().isInstance(message);
        }

        /** Draws, in the fault's span: does it strike, then its details; returns the message's fate or null. */
        Tapped<M> decide(NodeId from, NodeId to, M message, List<NodeId> nodes) {
            seen++;
            String label = NemesisSpans.of(fault.name());
            return random.span(label, () -> {
                if (!random.occurs(fault.probability())) {
                    return null;
                }
                Tapped<M> tapped = switch (fault.strike()) {
                    case DROP -> new Tapped<>(message, to, 0, 0, label);
                    case DUPLICATE -> new Tapped<>(message, to, 2, 0, label);
                    case DELAY -> new Tapped<>(message, to, 1, random.between(1, fault.maxDelayTicks()), label);
                    case MISDELIVER -> misdeliver(from, to, message, nodes, label);
                    case CORRUPT -> new Tapped<>(corrupt(from, to, message), to, 1, 0, label);
                };
                if (tapped == null) {
                    noTarget++;
                } else {
                    struck++;
                }
                return tapped;
            });
        }

        private Tapped<M> misdeliver(NodeId from, NodeId to, M message, List<NodeId> nodes, String label) {
            List<NodeId> others = new ArrayList<>(nodes);
            others.remove(from);
            others.remove(to);
            return others.isEmpty() ? null : new Tapped<>(message, random.pick(others), 1, 0, label);
        }

        private M corrupt(NodeId from, NodeId to, M message) {
            M corrupted;
            try {
                corrupted = fault.corrupt().apply(message);
            } catch (RuntimeException failure) {
                throw new IllegalStateException("message fault " + fault.name() + " failed corrupting " + message + " from " + from
                        + " to " + to + ": " + failure, failure);
            }
            if (corrupted == null) {
                throw new IllegalStateException("message fault " + fault.name() + " failed corrupting " + message + " from " + from
                        + " to " + to + ": its corrupt function returned null");
            }
            return corrupted;
        }

        MessageFaultStats stats() {
            return new MessageFaultStats(fault.name(), seen, struck, noTarget);
        }
    }
}
