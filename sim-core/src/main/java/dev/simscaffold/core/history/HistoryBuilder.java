package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a {@link History} event by event, as Jepsen clients log it: a client invokes one operation at a
 * time and completes it with ok, fail or info. Hand-written histories use the overloads without a time
 * (each event then happens at the tick equal to its position); {@link HistoryRecorder} passes the
 * simulation's clock.
 *
 * @param <I> the input type
 * @param <O> the output type
 */
@Api(Api.Status.EXPERIMENTAL)
public final class HistoryBuilder<I, O> {
    private record Pending<I>(String client, int id, I input, long time, int index) {
    }

    private final Map<String, Pending<I>> pending = new LinkedHashMap<>();
    private final List<Operation<I, O>> completed = new ArrayList<>();
    private int events;
    private int operations;
    private long lastTime;

    /** Use {@link History#builder()}. */
    HistoryBuilder() {
    }

    /**
     * Records that a client invoked an operation.
     *
     * @param client the client
     * @param input what it asked
     * @param time the logical tick, not before the previous event's
     * @return this builder
     * @throws IllegalStateException when the client already has an operation in flight
     */
    public HistoryBuilder<I, O> invoke(String client, I input, long time) {
        Objects.requireNonNull(client, "client");
        if (pending.containsKey(client)) {
            throw new IllegalStateException("client " + client + " invoked " + input + " while " + pending.get(client).input()
                    + " is still in flight: a client issues one operation at a time (use another client id for concurrency)");
        }
        pending.put(client, new Pending<>(client, operations++, input, checkTime(time), events++));
        return this;
    }

    /**
     * Records that a client's operation in flight returned an output.
     *
     * @param client the client
     * @param output what it returned
     * @param time the logical tick
     * @return this builder
     */
    public HistoryBuilder<I, O> ok(String client, O output, long time) {
        return complete(client, OpOutcome.OK, output, time);
    }

    /**
     * Records that a client's operation in flight certainly did not take effect.
     *
     * @param client the client
     * @param time the logical tick
     * @return this builder
     */
    public HistoryBuilder<I, O> fail(String client, long time) {
        return complete(client, OpOutcome.FAIL, null, time);
    }

    /**
     * Records that the client gave up on its operation in flight without knowing whether it took effect.
     *
     * @param client the client
     * @param time the logical tick
     * @return this builder
     */
    public HistoryBuilder<I, O> info(String client, long time) {
        return complete(client, OpOutcome.INFO, null, time);
    }

    /**
     * Records an invocation at the tick equal to the event's position.
     *
     * @param client the client
     * @param input what it asked
     * @return this builder
     */
    public HistoryBuilder<I, O> invoke(String client, I input) {
        return invoke(client, input, Math.max(lastTime, events));
    }

    /**
     * Records an ok completion at the tick equal to the event's position.
     *
     * @param client the client
     * @param output what it returned
     * @return this builder
     */
    public HistoryBuilder<I, O> ok(String client, O output) {
        return ok(client, output, Math.max(lastTime, events));
    }

    /**
     * Records a failure at the tick equal to the event's position.
     *
     * @param client the client
     * @return this builder
     */
    public HistoryBuilder<I, O> fail(String client) {
        return fail(client, Math.max(lastTime, events));
    }

    /**
     * Records an indeterminate completion at the tick equal to the event's position.
     *
     * @param client the client
     * @return this builder
     */
    public HistoryBuilder<I, O> info(String client) {
        return info(client, Math.max(lastTime, events));
    }

    /**
     * Tells whether a client has an operation in flight.
     *
     * @param client the client
     * @return true between its invocation and its completion
     */
    public boolean inFlight(String client) {
        return pending.containsKey(client);
    }

    /**
     * Returns the history so far. Operations still in flight are indeterminate: the history ends before
     * their clients learn anything.
     *
     * @return the history, operations in invocation order
     */
    public History<I, O> build() {
        List<Operation<I, O>> all = new ArrayList<>(completed);
        int end = events;
        for (Pending<I> open : pending.values()) {
            all.add(new Operation<>(open.id(), open.client(), open.input(), null, OpOutcome.INFO, open.time(), lastTime,
                    open.index(), end++));
        }
        all.sort(Comparator.comparingInt(Operation::id));
        return History.of(all);
    }

    private HistoryBuilder<I, O> complete(String client, OpOutcome outcome, O output, long time) {
        Pending<I> open = pending.remove(client);
        if (open == null) {
            throw new IllegalStateException("client " + client + " completed an operation (" + outcome + ") without invoking one");
        }
        completed.add(new Operation<>(open.id(), client, open.input(), output, outcome, open.time(), checkTime(time),
                open.index(), events++));
        return this;
    }

    private long checkTime(long time) {
        if (time < lastTime) {
            throw new IllegalArgumentException("history time must not go backwards: got t=" + time + " after t=" + lastTime);
        }
        lastTime = time;
        return time;
    }
}
