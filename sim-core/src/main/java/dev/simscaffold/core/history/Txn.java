package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A list-append transaction, the workload of Elle's {@code list-append} test: steps applied atomically, in
 * order. It is both the input and the output of a history operation (a {@code History<Txn, Txn>}, recorded
 * with the same {@link HistoryRecorder} as any other): invoked with reads unknown, completed with the lists
 * they returned. {@link ListAppendChecker} finds the transactional anomalies of such a history.
 *
 * @param ops the steps, in order
 */
@Api(Api.Status.EXPERIMENTAL)
public record Txn(List<MicroOp> ops) {

    /**
     * Copies the steps.
     *
     * @param ops the steps, copied
     */
    public Txn {
        ops = List.copyOf(ops);
    }

    /**
     * Makes a transaction.
     *
     * @param ops the steps, in order
     * @return the transaction
     */
    public static Txn of(MicroOp... ops) {
        return new Txn(List.of(ops));
    }

    /**
     * Returns the transaction as invoked: the same steps, every read's result unknown.
     *
     * @return the invocation
     */
    public Txn invocation() {
        return new Txn(ops.stream().map(op -> op instanceof MicroOp.Read read ? (MicroOp) new MicroOp.Read(read.key(), null) : op)
                .toList());
    }

    @Override
    public String toString() {
        return ops.stream().map(MicroOp::toString).collect(Collectors.joining(", ", "[", "]"));
    }
}
