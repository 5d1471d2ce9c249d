package dev.simscaffold.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.model.ModelTime;
import dev.simscaffold.core.net.NetworkSnapshotTest.Counter;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The model state's parts given again ({@link ModelStateParts}) never change its value: after every event, crash,
 * restart, invoke, partition, heal and restore of one network, its model state (absolute and relative) equals the
 * one a fresh network renders after the same moves; and a part that did not change is the same instance, one that
 * did is not. With one key object for every node, the entries differ by
 * their timer deadlines alone, so a part kept by its key alone would be caught.
 */
class ModelStatePartsTest {

    private static final UnaryOperator<SansIoNode<Long>> COPY = node -> ((Counter) node).modelCopy();
    /** A new list each time it is computed, so that instances tell whether a part was rendered again. */
    private static final Function<SansIoNode<Long>, Object> KEY = node -> List.of(((Counter) node).count());
    /** One key object for every node in every state: the node entries then differ by their deadlines alone. */
    private static final Function<SansIoNode<Long>, Object> SAME = node -> "node";

    @Test
    void aModelStateWithKeptPartsEqualsOneRenderedAfresh() {
        rendersAsAfresh(KEY, ModelTime.ABSOLUTE);
        rendersAsAfresh(KEY, ModelTime.RELATIVE);
        rendersAsAfresh(SAME, ModelTime.ABSOLUTE);
    }

    /** One network rendering its model state by {@code key} after every move, each compared with a fresh network's. */
    private static void rendersAsAfresh(Function<SansIoNode<Long>, Object> key, ModelTime time) {
        SimNetwork<Long> net = counters();
        NetworkSnapshot[] snapshot = {null};
        for (int move = 0; move < 80; move++) {
            make(net, move, snapshot);
            assertEquals(afresh(move).modelState(key, time), net.modelState(key, time), time + ", after move " + move);
        }
    }

    @Test
    void anUnchangedPartIsTheSameInstanceAndAChangedOneIsNot() {
        SimNetwork<Long> net = counters();
        List<Object> first = net.modelState(KEY);
        List<Object> before = net.modelState(KEY);
        assertNotSame(first.get(1), before.get(1), "a network's first model state keeps nothing");
        assertSame(before.get(1), net.modelState(KEY).get(1), "rendered again, nothing ran");
        int ran = ranNode(net);
        List<Object> after = net.modelState(KEY);
        for (int node = 0; node < 3; node++) {
            if (node == ran || !before.get(1 + node).equals(after.get(1 + node))) {
                assertNotSame(before.get(1 + node), after.get(1 + node), "node " + node + " changed");
            } else {
                assertSame(before.get(1 + node), after.get(1 + node), "node " + node + " did not change");
            }
        }
    }

    private static int ranNode(SimNetwork<Long> net) {
        List<Object> before = net.modelState(KEY);
        net.step();
        List<Object> after = net.modelState(KEY);
        for (int node = 0; node < 3; node++) {
            if (!before.get(1 + node).equals(after.get(1 + node))) {
                return node;
            }
        }
        return -1;
    }

    /** A new network after the moves up to {@code moves}, its model state not rendered yet. */
    private static SimNetwork<Long> afresh(int moves) {
        SimNetwork<Long> net = counters();
        NetworkSnapshot[] snapshot = {null};
        for (int i = 0; i <= moves; i++) {
            make(net, i, snapshot);
        }
        return net;
    }

    private static SimNetwork<Long> counters() {
        return SimNetwork.<Long>nodes(3, (id, random, now) -> new Counter(id, 3)).context(new SimContext(7)).build();
    }

    private static void make(SimNetwork<Long> net, int move, NetworkSnapshot[] snapshot) {
        switch (move % 20) {
            case 3 -> net.crash(NodeId.of(1));
            case 6 -> net.restart(NodeId.of(1));
            case 8 -> net.invoke(NodeId.of(2), "add 5", node -> ((Counter) node).add(5));
            case 10 -> snapshot[0] = net.snapshot(COPY);
            case 12 -> net.partition(List.of(NodeId.of(0)), List.of(NodeId.of(2)));
            case 15 -> net.heal();
            case 17 -> net.restore(snapshot[0], COPY);
            default -> net.step();
        }
    }
}
