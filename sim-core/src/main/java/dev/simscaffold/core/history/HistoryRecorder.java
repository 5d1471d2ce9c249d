package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.Simulation;
import dev.simscaffold.core.random.RandomSource;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.TraceText;
import java.util.Objects;

/**
 * Records the history of a simulation's clients: each call takes the simulation's current time and
 * goes into its trace ({@link EventKind#HISTORY_INVOKE} and friends), so the history is part of the
 * fingerprint and of every failure report.
 *
 * <pre>{@code
 * HistoryRecorder<KvOp, String> history = HistoryRecorder.create();
 * SimNetwork<Msg, KvNode> net = ...nodes(4, (id, random) -> new KvNode(id, history))...build();
 * history.attach(net);                      // nodes are created before the network exists
 * // in a client node:  history.invoke("client-1", op);  ...  history.ok("client-1", value);
 * }</pre>
 *
 * @param <I> the input type
 * @param <O> the output type
 */
@Api(Api.Status.EXPERIMENTAL)
public final class HistoryRecorder<I, O> {
    /**
     * The label of the span, drawing nothing, that marks each recorded event in the simulation's choice stream:
     * the {@code n}-th such span is the history's event {@code n}, so a failure can name the moment its first
     * impossible operation completed ({@link Inconsistent#firstImpossibleEvent()}) and a shrinker can cut the
     * run there. Outside a property run the mark costs nothing.
     */
    public static final String EVENT_MARK = "history.event";

    private final HistoryBuilder<I, O> builder = new HistoryBuilder<>();
    private Simulation simulation;

    private HistoryRecorder() {
    }

    /**
     * Makes a recorder for a simulation that already exists.
     *
     * @param <I> the input type
     * @param <O> the output type
     * @param simulation the harness or network whose clock and trace to use
     * @return the recorder
     */
    public static <I, O> HistoryRecorder<I, O> on(Simulation simulation) {
        HistoryRecorder<I, O> recorder = create();
        recorder.attach(simulation);
        return recorder;
    }

    /**
     * Makes a recorder to {@link #attach} later, for nodes that need it before their network is built.
     *
     * @param <I> the input type
     * @param <O> the output type
     * @return the recorder
     */
    public static <I, O> HistoryRecorder<I, O> create() {
        return new HistoryRecorder<>();
    }

    /**
     * Binds the recorder to the simulation whose clock and trace it uses.
     *
     * @param target the harness or network
     * @throws IllegalStateException when already attached to another simulation
     */
    public void attach(Simulation target) {
        Objects.requireNonNull(target, "simulation");
        if (simulation != null && simulation != target) {
            throw new IllegalStateException("history recorder is already attached to " + simulation);
        }
        simulation = target;
    }

    /**
     * Records that a client invoked an operation, now.
     *
     * @param client the client
     * @param input what it asks
     */
    public void invoke(String client, I input) {
        builder.invoke(client, input, now(EventKind.HISTORY_INVOKE, client, input));
    }

    /**
     * Records that the client's operation in flight returned, now.
     *
     * @param client the client
     * @param output what it returned
     */
    public void ok(String client, O output) {
        builder.ok(client, output, now(EventKind.HISTORY_OK, client, output));
    }

    /**
     * Records that the client's operation in flight certainly did not take effect.
     *
     * @param client the client
     */
    public void fail(String client) {
        builder.fail(client, now(EventKind.HISTORY_FAIL, client, ""));
    }

    /**
     * Records that the client gave up on its operation in flight without knowing whether it took effect
     * (a timeout, a lost reply, a crash).
     *
     * @param client the client
     */
    public void info(String client) {
        builder.info(client, now(EventKind.HISTORY_INFO, client, ""));
    }

    /**
     * Tells whether a client has an operation in flight.
     *
     * @param client the client
     * @return true between its invocation and its completion
     */
    public boolean inFlight(String client) {
        return builder.inFlight(client);
    }

    /**
     * Returns the history so far; operations still in flight are indeterminate.
     *
     * @return the history
     */
    public History<I, O> history() {
        return builder.build();
    }

    private long now(EventKind kind, String client, Object detail) {
        if (simulation == null) {
            throw new IllegalStateException("history recorder is not attached: call attach(simulation) before " + kind);
        }
        String text = detail == null ? "" : TraceText.of(detail);
        simulation.trace().record(simulation.now(), kind, client, "", text);
        RandomSource marks = simulation.context().random().source();
        marks.startSpan(EVENT_MARK);
        marks.endSpan();
        return simulation.now().ticks();
    }
}
