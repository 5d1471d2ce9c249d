package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;
import java.util.Objects;

/**
 * One client operation of a {@link History}: what the client asked, what it learned and when.
 *
 * <p>Real-time order is taken from {@code invokeIndex} and {@code completeIndex}, the positions of the two
 * events in the history's event sequence, not from the logical times: a simulation may invoke and
 * complete several operations at the same tick, and the order in which it did so is exact.
 *
 * @param <I> the input type
 * @param <O> the output type
 * @param id the operation's number in its history, in invocation order
 * @param client the client (Jepsen's process) that issued it
 * @param input what it asked for
 * @param output what it returned; {@code null} unless the outcome is {@link OpOutcome#OK}
 * @param outcome how it ended
 * @param invokeTime logical tick of the invocation
 * @param completeTime logical tick of the completion (for a pending operation, the history's end)
 * @param invokeIndex position of the invocation in the history's event sequence
 * @param completeIndex position of the completion in the event sequence, after {@code invokeIndex}
 */
@Api(Api.Status.EXPERIMENTAL)
public record Operation<I, O>(int id, String client, I input, O output, OpOutcome outcome, long invokeTime,
        long completeTime, int invokeIndex, int completeIndex) {

    /**
     * Validates the operation.
     *
     * @param id the operation's number
     * @param client its client
     * @param input what it asked for
     * @param output what it returned, only when ok
     * @param outcome how it ended
     * @param invokeTime tick of the invocation
     * @param completeTime tick of the completion, not before {@code invokeTime}
     * @param invokeIndex event position of the invocation, &gt;= 0
     * @param completeIndex event position of the completion, after {@code invokeIndex}
     * @throws IllegalArgumentException when the times or indices are out of order, or a non-OK operation
     *         carries an output
     */
    public Operation {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(outcome, "outcome");
        if (id < 0 || invokeIndex < 0) {
            throw new IllegalArgumentException("id and invokeIndex must be >= 0, got id=" + id + ", invokeIndex=" + invokeIndex);
        }
        if (completeIndex <= invokeIndex) {
            throw new IllegalArgumentException("operation " + id + " completes at event " + completeIndex
                    + ", not after its invocation at event " + invokeIndex);
        }
        if (completeTime < invokeTime) {
            throw new IllegalArgumentException("operation " + id + " completes at t=" + completeTime
                    + ", before its invocation at t=" + invokeTime);
        }
        if (outcome != OpOutcome.OK && output != null) {
            throw new IllegalArgumentException("operation " + id + " ended " + outcome + " but carries output " + output);
        }
    }

    /**
     * Tells whether this operation happened entirely before another began (real-time order).
     *
     * @param other another operation of the same history
     * @return true when this one completed, knowingly, before the other was invoked
     */
    public boolean precedes(Operation<?, ?> other) {
        return outcome != OpOutcome.INFO && completeIndex < other.invokeIndex;
    }

    /**
     * Returns this operation as the client would see it if the history had been cut before its
     * completion: indeterminate.
     *
     * @return the same operation, outcome {@link OpOutcome#INFO} and no output
     */
    public Operation<I, O> asIndeterminate() {
        return new Operation<>(id, client, input, null, OpOutcome.INFO, invokeTime, completeTime, invokeIndex, completeIndex);
    }

    /**
     * Renders the operation on one line: {@code #3 client-1 [t=4..9] write 2 -> ok}.
     *
     * @return the text
     */
    public String describe() {
        String result = switch (outcome) {
            case OK -> output == null ? "ok" : "ok " + output;
            case FAIL -> "fail";
            case INFO -> "info (unknown)";
        };
        return "#" + id + " " + client + " [t=" + invokeTime + ".." + completeTime + "] " + input + " -> " + result;
    }
}
