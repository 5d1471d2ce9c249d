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
 * ({@code "role: FOLLOWER>LEADER"}), and how many changes into each role the run made, in powers of two
 * ({@code "role changes to LEADER x4"}: a run with more leader changes than any before is kept). It watches through
 * an {@code always} expectation that never fails ({@link #watch()}), or is shown each view ({@link #observe}); one
 * instance per run.
 *
 * @param <R> the role enum
 */
@Api(Api.Status.EXPERIMENTAL)
public final class RoleChanges<R extends Enum<R>> {

    private final Class<R> type;
    private final TreeMap<NodeId, R> last = new TreeMap<>();
    private final SortedSet<String> kinds = new TreeSet<>();
    private final TreeMap<String, Long> changesInto = new TreeMap<>();

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
            observe(view);
            return List.of();
        });
    }

    /**
     * Notes the roles of one view, after an event.
     *
     * @param view the network's view
     */
    public void observe(NetworkView<?> view) {
        for (Map.Entry<NodeId, R> role : view.roles(type).entrySet()) {
            R before = last.put(role.getKey(), role.getValue());
            if (before != null && before != role.getValue()) {
                kinds.add("role: " + before.name() + ">" + role.getValue().name());
                changesInto.merge(role.getValue().name(), 1L, Long::sum);
            }
        }
    }

    /**
     * The features seen so far.
     *
     * @return each kind of change, and the bucket of the count of changes into each role
     */
    public SortedSet<String> features() {
        SortedSet<String> features = new TreeSet<>(kinds);
        changesInto.forEach((role, count) -> features.add("role changes to " + role + " x" + Features.bucket(count)));
        return features;
    }
}
