package dev.simscaffold.core.nemesis;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Whom a nemesis may strike, chosen from the live simulation when its trigger fires. The runner keeps the
 * candidates that are still live and draws one of them; no candidate left is counted as a miss in {@link NemesisStats#noTarget()}.
 */
@Api(Api.Status.EXPERIMENTAL)
@FunctionalInterface
public interface Target {

    /**
     * Returns the candidates, in a deterministic order (id order for the ready-made targets).
     *
     * @param view the network now
     * @param fired the nodes the trigger named (the nodes that just took a role), empty for other triggers
     * @return the candidates
     */
    List<NodeId> candidates(NetworkView<?> view, List<NodeId> fired);

    /**
     * Returns the candidates, knowing also who held the trigger's role before; the runner calls this one.
     * Targets that do not care about the previous holders need not override it.
     *
     * @param view the network now
     * @param fired the nodes the trigger named
     * @param previous for {@link Trigger#onRole}, the nodes that held the role most recently before the ones
     *        that just took it (those still holding it from before, else the last to leave it); empty otherwise
     * @return the candidates
     */
    default List<NodeId> candidates(NetworkView<?> view, List<NodeId> fired, List<NodeId> previous) {
        return candidates(view, fired);
    }

    /**
     * The nodes that held the trigger's role before the ones that just took it: the previous leader, whether it
     * still believes it leads (cut off, it has not heard of the new term) or has stepped down. With other
     * triggers there is none, and a strike counts a miss.
     *
     * @return the target
     */
    static Target previous() {
        return new Target() {
            @Override
            public List<NodeId> candidates(NetworkView<?> view, List<NodeId> fired) {
                return List.of();
            }

            @Override
            public List<NodeId> candidates(NetworkView<?> view, List<NodeId> fired, List<NodeId> previous) {
                return previous;
            }
        };
    }

    /**
     * The nodes the trigger named: for {@link Trigger#onRole}, the nodes that just took the role.
     *
     * @return the target
     */
    static Target fired() {
        return (view, fired) -> fired;
    }

    /**
     * The live nodes that report {@code role} now.
     *
     * @param <R> the role enum
     * @param role the role
     * @return the target
     */
    static <R extends Enum<R>> Target withRole(R role) {
        Objects.requireNonNull(role, "role must not be null");
        return (view, fired) -> view.withRole(role);
    }

    /**
     * The live nodes of one class whose state matches a predicate.
     *
     * @param <T> the node class
     * @param type the node class
     * @param predicate over a node's state
     * @return the target
     */
    static <T> Target matching(Class<T> type, Predicate<? super T> predicate) {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(predicate, "predicate must not be null");
        return (view, fired) -> {
            List<NodeId> ids = new ArrayList<>();
            view.byId(type).forEach((id, node) -> {
                if (predicate.test(node)) {
                    ids.add(id);
                }
            });
            return ids;
        };
    }

    /**
     * The node that last sent a message of {@code kind} (an instance of the class) while the runner ran, if it
     * is live: the follower that has just granted a vote, the replica that has just acknowledged a write. None
     * before the first such send, which counts a miss. Seeing sends needs the network's send tap, which the
     * runner puts on only when a nemesis uses a kind.
     *
     * @param kind the class of the messages, not null
     * @return the target
     */
    static Target lastSender(Class<?> kind) {
        return new LastSender(kind);
    }

    /**
     * The node that last sent a message of a kind; the runner, which sees the sends, answers for it.
     *
     * @param kind the class of the messages
     */
    record LastSender(Class<?> kind) implements Target {
        /**
         * Validates the kind.
         *
         * @param kind the class
         */
        public LastSender {
            Objects.requireNonNull(kind, "target message kind must not be null");
        }

        /** Without the runner's record of sends there is no sender to name. */
        @Override
        public List<NodeId> candidates(NetworkView<?> view, List<NodeId> fired) {
            return List.of();
        }
    }

    /**
     * Every live node.
     *
     * @return the target
     */
    static Target anyLive() {
        return (view, fired) -> List.copyOf(view.live().keySet());
    }
}
