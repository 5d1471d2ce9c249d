package dev.simscaffold.testkit.exhaustive;

import dev.simscaffold.core.Api;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * Exact canonical forms for symmetry reduction. A representative that sorts interchangeable parts by only
 * some of their data (Stateright's 2PC example sorts resource managers by their state alone) is not
 * canonical: two states of one orbit can get different representatives, and the count of states then depends
 * on the traversal order. The least relabelling under a total order is canonical by construction, at the
 * price of trying every permutation.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class Symmetry {

    /** Permutations tried at most: 8! (40,320); beyond that, write a canonical form that sorts. */
    public static final int MAX_MEMBERS = 8;

    private Symmetry() {
    }

    /**
     * Returns the canonical form that relabels {@code members} interchangeable parts by every permutation and
     * keeps the least result under {@code order}: equal for two states exactly when one is a relabelling of
     * the other, whatever the traversal.
     *
     * @param <S> the state type
     * @param members how many interchangeable parts, 1 to {@value #MAX_MEMBERS}
     * @param relabel the state with part {@code i} renamed {@code permutation[i]}
     * @param order a total order on states (two states it calls equal must be equal)
     * @return the canonical form
     * @throws IllegalArgumentException if {@code members} is out of range, naming it
     */
    public static <S> UnaryOperator<S> leastRelabelling(int members, BiFunction<S, int[], S> relabel, Comparator<? super S> order) {
        if (members < 1 || members > MAX_MEMBERS) {
            throw new IllegalArgumentException("members must be in [1, " + MAX_MEMBERS + "], got " + members);
        }
        Objects.requireNonNull(relabel, "relabel must not be null");
        Objects.requireNonNull(order, "order must not be null");
        return state -> {
            int[] permutation = new int[members];
            for (int i = 0; i < members; i++) {
                permutation[i] = i;
            }
            S least = state;
            do {
                S candidate = relabel.apply(state, permutation.clone());
                if (order.compare(candidate, least) < 0) {
                    least = candidate;
                }
            } while (nextPermutation(permutation));
            return least;
        };
    }

    /** Steps {@code p} to the next permutation in lexicographic order; false after the last. */
    private static boolean nextPermutation(int[] p) {
        int i = p.length - 2;
        while (i >= 0 && p[i] >= p[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = p.length - 1;
        while (p[j] <= p[i]) {
            j--;
        }
        swap(p, i, j);
        for (int a = i + 1, b = p.length - 1; a < b; a++, b--) {
            swap(p, a, b);
        }
        return true;
    }

    private static void swap(int[] p, int a, int b) {
        int t = p[a];
        p[a] = p[b];
        p[b] = t;
    }
}
