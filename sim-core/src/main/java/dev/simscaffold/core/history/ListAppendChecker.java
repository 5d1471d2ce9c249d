package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.Require;

/**
 * Finds the transactional anomalies of a list-append history, as Jepsen's Elle does: G0, G1a, G1b, G1c,
 * G-single and G2, plus the internal, duplicate, garbage and incompatible-order checks they rest on.
 *
 * <p>Every append is unique, so each element of a read names the transaction that appended it, and the
 * longest read of a key is its version order (every other read must be a prefix of it). From that come the
 * dependencies between transactions: ww (b's append follows a's in the version order), wr (b read a's
 * append last) and rw (a read a version that b's append overwrote). Appends that no read observed follow
 * the version order, unordered among themselves. A read after the transaction's own appends to the key
 * counts as well: it extends the version order, and without those appends it is what the transaction saw.
 * When reads of a key contradict each other (incompatible order), the longest is still its version order,
 * as in Elle, so cycles through that key rest on that choice; the history is non-serializable either way. A cycle among committed transactions is an anomaly,
 * classified by its edges; the smallest cycle of each type in each strongly connected component is
 * reported with a sentence per edge.
 *
 * <p>Transactions that completed ({@code ok}) are checked through their output; indeterminate ones
 * ({@code info}) through their input (their appends may have happened; their reads are unknown); failed ones
 * appended nothing, so reading their appends is G1a. Real-time and process order are not used: the
 * anomalies are those of serializability.
 *
 * <pre>{@code
 * History<Txn, Txn> history = History.<Txn, Txn>builder()
 *         .invoke("a", Txn.of(new MicroOp.Append("x", 1), new MicroOp.Read("y", null)))
 *         .ok("a", Txn.of(new MicroOp.Append("x", 1), new MicroOp.Read("y", List.of())))
 *         .build();
 * ListAppendResult result = ListAppendChecker.create().check(history);
 * }</pre>
 */
@Api(Api.Status.EXPERIMENTAL)
public final class ListAppendChecker {
    /** The default budget of the cycle search, in edges looked at. */
    public static final long DEFAULT_CYCLE_STEPS = 100_000_000L;

    private final long cycleSteps;

    private ListAppendChecker(long cycleSteps) {
        this.cycleSteps = Require.positive("cycleSteps", cycleSteps);
    }

    /**
     * Makes a checker with the default budget.
     *
     * @return the checker
     */
    public static ListAppendChecker create() {
        return new ListAppendChecker(DEFAULT_CYCLE_STEPS);
    }

    /**
     * Returns a checker whose cycle search looks at most at this many edges; past it, the result says what
     * it left unfinished.
     *
     * @param steps the budget, &gt; 0
     * @return the checker
     */
    public ListAppendChecker cycleSteps(long steps) {
        return new ListAppendChecker(steps);
    }

    /**
     * Checks a history.
     *
     * @param history transactions as invoked and as completed
     * @return the anomalies found
     * @throws IllegalArgumentException when a value is appended to a key twice, or a completed transaction
     *         has no output
     */
    public ListAppendResult check(History<Txn, Txn> history) {
        return new ListAppendAnalysis(history, cycleSteps).run();
    }
}
