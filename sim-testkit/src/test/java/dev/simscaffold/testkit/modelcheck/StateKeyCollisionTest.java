package dev.simscaffold.testkit.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.net.EventOrder;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.model.ModelKeyed;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A state's key is hashed once and compared whole ({@link StateKey}): states whose hashes collide are never merged.
 * Shown on keys made to collide: every node key is wrapped in a value whose hash is 0, so states that differ only in
 * their nodes hash alike; the search must keep as many states as with the real keys, and must actually have met
 * distinct whole states with equal hashes.
 */
class StateKeyCollisionTest {

    private static final Expectation<NetworkView<Rumour.News>> NOBODY_HEARS_OF_ITSELF = Expectation.always(
            "nobody hears of itself", view -> view.all(Rumour.class).stream().filter(r -> r.heard().contains(r.id()))
                    .map(r -> r.id() + " heard of itself").toList());

    @Test
    void keysWithEqualHashesButUnequalValuesAreTwoKeys() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        StateKey aa = new StateKey(List.of("Aa"), Budgets.NONE);
        StateKey bb = new StateKey(List.of("BB"), Budgets.NONE);
        assertEquals(aa.hashCode(), bb.hashCode());
        assertNotEquals(aa, bb);
        assertEquals(aa, new StateKey(List.of("Aa"), Budgets.NONE));
        Map<StateKey, Integer> seen = new HashMap<>();
        seen.put(aa, 1);
        seen.put(bb, 2);
        assertEquals(2, seen.size());
    }

    @Test
    void collidingNodeKeysKeepEveryState() {
        for (boolean echoes : new boolean[] {false, true}) {
            ModelCheckResult<Rumour.News> plain = rumours(echoes).build().bfs();
            Set<Object> states = new HashSet<>();
            ModelCheckResult<Rumour.News> colliding = rumours(echoes)
                    .nodeKey(node -> new Colliding(((ModelKeyed) node).modelKey()))
                    .onNewState(states::add)
                    .build().bfs();
            String both = "real keys: " + plain.summary() + "; colliding keys: " + colliding.summary();
            assertEquals(plain.verdict(), colliding.verdict(), both);
            assertEquals(plain.states(), colliding.states(), both);
            assertEquals(plain.transitions(), colliding.transitions(), both);
            assertEquals(plain.counterexample().map(found -> found.moves().size()), colliding.counterexample().map(found -> found.moves().size()),
                    both);
            Set<Integer> hashes = new HashSet<>();
            states.forEach(state -> hashes.add(state.hashCode()));
            assertTrue(hashes.size() < states.size(), "whole states with equal hashes were met: " + hashes.size() + " hashes for "
                    + states.size() + " states");
        }
    }

    private static NetworkModelCheckBuilder<Rumour.News> rumours(boolean echoes) {
        return NetworkModelCheck.network(context -> SimNetwork.nodes(3, Rumour.factory(3, echoes)))
                .eventOrder(EventOrder.UNSEQUENCED).expect(NOBODY_HEARS_OF_ITSELF).depth(30);
    }

    /** A node key whose hash is always 0: states that differ only in their node keys have equal hashes. */
    record Colliding(Object key) {
        @Override
        public int hashCode() {
            return 0;
        }
    }
}
