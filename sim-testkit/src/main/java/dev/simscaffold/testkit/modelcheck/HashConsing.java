package dev.simscaffold.testkit.modelcheck;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Hash consing of state values: every list in a state value, and every other value in it, is replaced by the one
 * equal instance the search has already kept, so that the states of a search share their unchanged parts (a node's
 * key, a disk's image, a pending message) instead of each holding its own copy. A search keeps every state it has
 * seen, and states differ mostly in one node's part, so sharing cuts the memory per state to little more than
 * the state's top-level list.
 *
 * <p>The value a state is keyed by does not change: {@link #share} returns a value equal to its argument (a list
 * of equal elements, with the {@link List} contract's {@code equals} and {@code hashCode}), so states are still
 * compared whole and distinct states are never merged. A kept list computes its hash once, from its elements'
 * (kept lists' hashes are themselves kept), and two lists of kept elements are compared mostly by identity, so a
 * lookup costs about one list's length. Any other value (a record, a string, a map) is kept by its own
 * {@code equals} and {@code hashCode}. Mutable values must not be in a state value, as for any key the search
 * keeps: a value met again as the same instance is taken to hold what it held (a node's key is never changed after
 * the node returned it, a queued message never after it was sent).
 */
final class HashConsing {

    /** An immutable list of kept elements with its hash computed once. */
    private static final class KeptList extends AbstractList<Object> implements RandomAccess {
        private final Object[] elements;
        private final int hash;

        KeptList(Object[] elements) {
            this.elements = elements;
            int h = 1;
            for (Object element : elements) {
                h = 31 * h + (element == null ? 0 : element.hashCode());
            }
            this.hash = h;
        }

        @Override
        public Object get(int index) {
            return elements[index];
        }

        @Override
        public int size() {
            return elements.length;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (other == this) {
                return true;
            }
            if (other instanceof KeptList kept) {
                if (kept.hash != hash || kept.elements.length != elements.length) {
                    return false;
                }
                for (int i = 0; i < elements.length; i++) {
                    Object mine = elements[i];
                    Object theirs = kept.elements[i];
                    if (mine != theirs && (mine == null || !mine.equals(theirs))) {
                        return false;
                    }
                }
                return true;
            }
            return super.equals(other);
        }
    }

    /** The size of {@link #recent}: a power of two. */
    private static final int RECENT = 1 << 12;

    private final Map<Object, Object> kept = new HashMap<>();
    /**
     * The kept instance for values met recently, by identity, in a table indexed by identity hash where a newer
     * value replaces an older one: a node's entry, a pending event, a message and a disk's state are the same
     * instances from one state to the next while they do not change (the network gives them again), and finding
     * them here saves walking, hashing and comparing them again. Even indexes hold the value met, odd ones its
     * kept instance.
     */
    private final Object[] recent = new Object[2 * RECENT];

    /**
     * Returns a list equal to {@code value} whose elements are the kept instances, keeping those not seen before.
     * The list itself is new (each state has its own top-level list; the search keeps it as its key).
     *
     * @param value a state value: lists, and immutable values compared by {@code equals}
     * @return an equal list sharing its parts with earlier ones, with its hash computed once
     */
    List<Object> shareElements(List<?> value) {
        return new KeptList(elementsOf(value));
    }

    /**
     * Returns a list equal to the model state {@code state} (see {@link dev.simscaffold.core.net.SimNetwork#modelState})
     * that, like {@link #shareElements}, is new and holds kept elements, except that its last element, the pending
     * events, is a new list of kept events too: the pending events change with nearly every move, so keeping their
     * list would cost a lookup and an entry in the table for every state and share little.
     *
     * @param state a model state: a list whose last element is a list
     * @return an equal list sharing its parts with earlier ones
     */
    List<Object> shareState(List<?> state) {
        int last = state.size() - 1;
        Object[] elements = new Object[state.size()];
        for (int i = 0; i < last; i++) {
            elements[i] = share(state.get(i));
        }
        elements[last] = new KeptList(elementsOf((List<?>) state.get(last)));
        return new KeptList(elements);
    }

    /** The kept instance equal to {@code value}, keeping it (with its parts shared) if none is kept yet. */
    Object share(Object value) {
        if (value == null || value instanceof KeptList || value instanceof Number || value instanceof Boolean || value instanceof Enum<?>) {
            return value;
        }
        int slot = 2 * (System.identityHashCode(value) & (RECENT - 1));
        if (recent[slot] == value) {
            return recent[slot + 1];
        }
        Object candidate = value instanceof List<?> list ? new KeptList(elementsOf(list)) : value;
        Object before = kept.putIfAbsent(candidate, candidate);
        Object shared = before == null ? candidate : before;
        recent[slot] = value;
        recent[slot + 1] = shared;
        return shared;
    }

    private Object[] elementsOf(List<?> list) {
        Object[] elements = new Object[list.size()];
        if (list instanceof RandomAccess) {
            for (int i = 0; i < elements.length; i++) {
                elements[i] = share(list.get(i));
            }
            return elements;
        }
        int i = 0;
        for (Object element : list) {
            elements[i++] = share(element);
        }
        return elements;
    }

    /** How many distinct values (lists and others) are kept. */
    int kept() {
        return kept.size();
    }
}
