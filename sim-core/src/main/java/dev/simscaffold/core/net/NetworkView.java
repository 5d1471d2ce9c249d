package dev.simscaffold.core.net;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a network {@link dev.simscaffold.core.expect.Expectation} or a run condition sees: the live nodes,
 * by id, and the network's time, with typed access, so that a mixed cluster (replicas and clients) needs
 * no casts: {@code nodes.all(ReplicaNode.class)} is every live replica in id order.
 *
 * <p>{@link SimNetwork} hands its checks one live view whose contents move with the run; a check must not
 * keep it.
 *
 * @param <M> the message type
 */
@Api(Api.Status.STABLE)
public interface NetworkView<M> {

    /**
     * Returns every live node, ordered by id: paused nodes included, crashed ones absent.
     *
     * @return an unmodifiable map
     */
    SortedMap<NodeId, SansIoNode<M>> live();

    /**
     * Returns the network's current time.
     *
     * @return the time
     */
    LogicalTime now();

    /**
     * Returns the live nodes of one type, in id order; nodes of other types are left out.
     *
     * @param <T> the type
     * @param type the class of the nodes wanted
     * @return the nodes
     */
    default <T> List<T> all(Class<T> type) {
        List<T> nodes = new ArrayList<>();
        for (SansIoNode<M> node : live().values()) {
            if (type.isInstance(node)) {
                nodes.add(type.cast(node));
            }
        }
        return nodes;
    }

    /**
     * Returns the live nodes of one type with their ids; nodes of other types are left out.
     *
     * @param <T> the type
     * @param type the class of the nodes wanted
     * @return the nodes, ordered by id
     */
    default <T> SortedMap<NodeId, T> byId(Class<T> type) {
        SortedMap<NodeId, T> nodes = new TreeMap<>();
        for (Map.Entry<NodeId, SansIoNode<M>> entry : live().entrySet()) {
            if (type.isInstance(entry.getValue())) {
                nodes.put(entry.getKey(), type.cast(entry.getValue()));
            }
        }
        return Collections.unmodifiableSortedMap(nodes);
    }

    /**
     * Returns one node if it is live.
     *
     * @param id the node
     * @return the node, or empty while it is crashed
     */
    default Optional<SansIoNode<M>> node(NodeId id) {
        return Optional.ofNullable(live().get(Objects.requireNonNull(id, "id must not be null")));
    }

    /**
     * Returns one node as the type it is known to have.
     *
     * @param <T> the type
     * @param id the node
     * @param type its class
     * @return the node, or empty while it is crashed
     * @throws IllegalArgumentException if the node is live but not a {@code T}
     */
    default <T> Optional<T> node(NodeId id, Class<T> type) {
        return node(id).map(node -> {
            if (!type.isInstance(node)) {
                throw new IllegalArgumentException(id + " is a " + node.getClass().getSimpleName() + ", not a "
                        + type.getSimpleName());
            }
            return type.cast(node);
        });
    }

    /**
     * Returns the role of every live node that reports one of type {@code type}, in id order; nodes that
     * report no role, or a role of another enum, are left out.
     *
     * @param <R> the role enum
     * @param type the role enum's class
     * @return the roles by node, unmodifiable
     * @throws IllegalStateException if a node's {@link RoleReporting#role()} returns null
     */
    default <R extends Enum<R>> SortedMap<NodeId, R> roles(Class<R> type) {
        Objects.requireNonNull(type, "type must not be null");
        SortedMap<NodeId, R> roles = new TreeMap<>();
        for (Map.Entry<NodeId, SansIoNode<M>> entry : live().entrySet()) {
            if (entry.getValue() instanceof RoleReporting<?> reporting) {
                Object role = reporting.role();
                if (role == null) {
                    throw new IllegalStateException(entry.getKey() + " reported a null role");
                }
                if (type.isInstance(role)) {
                    roles.put(entry.getKey(), type.cast(role));
                }
            }
        }
        return Collections.unmodifiableSortedMap(roles);
    }

    /**
     * Returns the live nodes that report {@code role} now, in id order: {@code view.withRole(RaftRole.LEADER)}.
     *
     * @param <R> the role enum
     * @param role the role wanted
     * @return the ids, possibly empty
     */
    default <R extends Enum<R>> List<NodeId> withRole(R role) {
        Objects.requireNonNull(role, "role must not be null");
        List<NodeId> ids = new ArrayList<>();
        roles(role.getDeclaringClass()).forEach((id, current) -> {
            if (current == role) {
                ids.add(id);
            }
        });
        return ids;
    }
}
