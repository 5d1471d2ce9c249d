package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A sequential specification, in Porcupine's shape: an initial state and a step that says whether an
 * operation with a given input and output is legal in a state, and what state follows. A history is
 * linearizable against the model when its operations can be put in one order that respects real time and
 * that the model accepts step by step.
 *
 * <p>States are values: the checker memoises on (set of operations linearized, state), so {@code S} must be
 * immutable with {@code equals} and {@code hashCode} (a record, a {@code Long}, an immutable list), and not
 * {@code null}, since a step answers with an {@code Optional}: a register that starts as Jepsen's {@code nil}
 * holds a value object that can say so ({@link RegisterValue#NIL}).
 *
 * <p>A model may split a history into independent parts with {@link #partitionKey}: operations on different
 * keys of a key-value store commute, and a history is linearizable exactly when each key's sub-history is
 * (linearizability is compositional). Each part is checked on its own, from {@link #initialState()}, which
 * turns one exponential search into many small ones.
 *
 * @param <S> the state type
 * @param <I> the operation input type
 * @param <O> the operation output type
 */
@Api(Api.Status.EXPERIMENTAL)
public interface Model<S, I, O> {

    /**
     * Returns the state before any operation.
     *
     * @return the initial state (of each partition)
     */
    S initialState();

    /**
     * Applies an operation whose output the client saw.
     *
     * @param state the state before the operation
     * @param input what the client asked
     * @param output what it returned (may be {@code null} when the operation returns nothing)
     * @return the state after it, or empty when the operation could not have returned this output here
     */
    Optional<S> step(S state, I input, O output);

    /**
     * Applies an indeterminate ({@link OpOutcome#INFO}) operation: the client never saw an output, so every
     * state the operation could lead to is a candidate. The checker also considers the operation never
     * having taken effect, so this method need not offer {@code state} itself for that.
     *
     * <p>The default refuses: a model used on histories with indeterminate operations must say what they
     * may do. {@link #deterministic} models implement it.
     *
     * @param state the state before the operation
     * @param input what the client asked
     * @return the possible states after it, in a fixed order
     */
    default List<S> stepIndeterminate(S state, I input) {
        throw new UnsupportedOperationException("model " + name() + " cannot apply the indeterminate (info) operation "
                + input + ": override stepIndeterminate, or build the model with Model.deterministic");
    }

    /**
     * Tells whether a failed operation of this input is a result the search must place rather than an
     * operation that did not happen. Jepsen's and Porcupine's etcd rules count a refused compare-and-set
     * ({@code :fail :cas}) as a result: the register did not hold the expected value at some point while the
     * operation was in flight. The default (false) drops failed operations, as {@link OpOutcome#FAIL} says.
     *
     * @param input the failed operation's input
     * @return true when the failure constrains the history and {@link #stepFailed} applies it
     */
    default boolean failureIsResult(I input) {
        return false;
    }

    /**
     * Applies a failed operation that {@link #failureIsResult} counts as a result.
     *
     * @param state the state before the operation
     * @param input what the client asked
     * @return the state after it, or empty when the operation could not have failed here
     */
    default Optional<S> stepFailed(S state, I input) {
        throw new UnsupportedOperationException("model " + name() + " counts the failure of " + input
                + " as a result but does not implement stepFailed");
    }

    /**
     * Tells whether an operation never changes the state (a read). The checker drops such operations when
     * they never returned: they could have taken effect anywhere or nowhere and constrain nothing, yet
     * placing them multiplies the search. The default (false) keeps every operation.
     *
     * @param input the operation's input
     * @return true when no output of the operation changes the state
     */
    default boolean isReadOnly(I input) {
        return false;
    }

    /**
     * Returns the partition an operation belongs to; operations of different partitions must not affect
     * each other. The default puts every operation in one partition.
     *
     * @param input the operation's input
     * @return its partition key, compared with {@code equals}
     */
    default Object partitionKey(I input) {
        return "all";
    }

    /**
     * Returns the model's name, for reports.
     *
     * @return the name
     */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * Returns this model with operations partitioned by a key of their input, such as the key of a
     * key-value operation.
     *
     * @param key the partition key of an input
     * @return the partitioned model
     */
    default Model<S, I, O> partitionedBy(Function<? super I, ?> key) {
        return new PartitionedModel<>(this, key);
    }

    /**
     * Builds a model from a deterministic sequential implementation: given a state and an input it returns
     * the next state and the output the operation must have returned. An operation is legal when its
     * recorded output equals the computed one; an indeterminate operation leads to the computed state.
     *
     * @param <S> the state type
     * @param <I> the input type
     * @param <O> the output type
     * @param name the model's name, for reports
     * @param initial the initial state
     * @param apply the sequential implementation
     * @return the model
     */
    static <S, I, O> Model<S, I, O> deterministic(String name, S initial, BiFunction<? super S, ? super I, ModelStep<S, O>> apply) {
        return new DeterministicModel<>(name, initial, apply);
    }
}
