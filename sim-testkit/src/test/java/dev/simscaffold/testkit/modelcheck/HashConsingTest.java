package dev.simscaffold.testkit.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.simscaffold.corpus.raft.RaftBug;
import dev.simscaffold.corpus.raft.RaftMessage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hash consing keeps a state's value: the shared value equals the value given (with the same hash), equal parts
 * become one instance, and parts that differ stay apart even when their hashes collide. On the Raft model at a
 * small depth the search with shared keys sees exactly the states of the search that keyed each state by a fresh value
 * (1,906 states and 6,248 transitions to depth 7, counted before keys were shared), each reported once.
 */
class HashConsingTest {

    @Test
    void aSharedValueEqualsItsOriginalAndSharesEqualParts() {
        HashConsing sharing = new HashConsing();
        List<Object> first = List.of(1L, List.of("node", List.of(3L, "x")), new ArrayList<>(List.of(List.of(3L, "x"))));
        List<Object> second = List.of(2L, List.of("node", List.of(3L, "x")), List.of());
        List<Object> sharedFirst = sharing.shareElements(first);
        List<Object> sharedSecond = sharing.shareElements(second);
        assertEquals(first, sharedFirst);
        assertEquals(sharedFirst, first);
        assertEquals(first.hashCode(), sharedFirst.hashCode());
        assertEquals(second, sharedSecond);
        assertSame(sharedFirst.get(1), sharedSecond.get(1), "equal parts of two states are one instance");
        assertSame(((List<?>) sharedFirst.get(1)).get(1), ((List<?>) sharedFirst.get(2)).get(0), "equal parts within one state too");
        assertNotSame(sharedFirst, sharing.shareElements(first), "each state keeps its own top-level list");
    }

    @Test
    void partsWhoseHashesCollideStayApart() {
        HashConsing sharing = new HashConsing();
        assertEquals("Aa".hashCode(), "BB".hashCode());
        List<Object> a = sharing.shareElements(List.of(List.of("Aa"), "Aa"));
        List<Object> b = sharing.shareElements(List.of(List.of("BB"), "BB"));
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, b);
        assertEquals(List.of(List.of("BB"), "BB"), b);
        assertEquals(4, sharing.kept(), "two one-element lists and two strings");
    }

    @Test
    void theRaftSearchSeesTheSameStatesAsWithFreshKeys() {
        List<Object> shared = new ArrayList<>();
        ModelCheckResult<RaftMessage> result = RaftFigure8ModelCheckTest.raft(EnumSet.of(RaftBug.FIGURE_8_COMMIT), 2, 3, 7, 1_000_000)
                .onNewState(shared::add).build().dfs();
        assertEquals(result.states(), shared.size());
        assertEquals(shared.size(), new HashSet<>(shared.stream().map(HashConsingTest::copy).toList()).size(),
                "no two states reported are equal as fresh values: none was merged and none repeated");
        assertEquals(ModelCheckResult.Verdict.INCOMPLETE_DEPTH, result.verdict(), result.summary());
        assertEquals(1_906, result.states(), "the count of the search keyed by fresh values");
        assertEquals(6_248, result.transitions(), "the count of the search keyed by fresh values");
    }

    /** A deep copy into plain lists: a value no search shared. */
    private static Object copy(Object value) {
        if (value instanceof List<?> list) {
            List<Object> copied = new ArrayList<>(list.size());
            list.forEach(element -> copied.add(copy(element)));
            return copied;
        }
        return value;
    }
}
