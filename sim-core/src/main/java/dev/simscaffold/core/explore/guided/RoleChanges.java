package dev.simscaffold.core.explore.guided;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Role changes as guided-search features, for nodes that report a role: each kind of change seen
 * ({@code "role: FOLLOWER>LEADER"}), and how many changes the run made in powers of two. It watches through an
 * {@code always} expectation that never fails ({@link #watch()}), checked after every event as any other; one
 * instance per run.
 *
 * @param <R> the role enum
 */
@Api(Api.Status.EXPERIMENTAL)
public final class RoleChanges<R extends Enum<R>> {

    private final Class<R> type;
    private final TreeMap<NodeId, R> last = new TreeMap<>();
    private final SortedSet<String> kinds = new TreeSet<>();
    private long changes;

    private RoleChanges(Class<R> type) {
        this.type = type;
    }

    /**
     * Watches the roles of one enum.
     *
     * @param <R> the role enum
     * @param type its class
     * @return a watcher for one run
     */
    public static <R extends Enum<R>> RoleChanges<R> of(Class<R> type) {
        if (type == null) {
            throw new NullPointerException("role type must not be null");
        }
        return new RoleChanges<>(type);
    }

    /**
     * The expectation to add to the network ({@code builder.expect(changes.watch())}); it records and never fails.
     *
     * @param <M> the network's message type
     * @return the watching expectation
     */
    public <M> Expectation<NetworkView<M>> watch() {
        return Expectation.always("guided search: role changes (watched, never fails)", view -> {
            for (Map.Entry<NodeId, R> role : view.roles(type).entrySet()) {
                R before = last.put(role.getKey(), role.getValue());
                if (before != null && before != role.getValue()) {
                    kinds.add("role: " + before.name() + ">" + role.getValue().name());
                    changes++;
                }
            }
            return List.of();
        });
    }

    /**
     * The features seen so far.
     *
     * @return each kind of change, and the count's bucket
     */
    public SortedSet<String> features() {
        SortedSet<String> features = new TreeSet<>(kinds);
        if (changes > 0) {
            features.add("role changes x" + Features.bucket(changes));
        }
        return features;
    }
}
