package org.acme.pipeline;

import org.acme.pipeline.OrderTotalsEffect.CommitCheckpoint;
import org.acme.pipeline.OrderTotalsEffect.Emit;
import org.acme.pipeline.OrderTotalsEffect.Quarantine;
import org.acme.pipeline.OrderTotalsEffect.SyncOutputs;
import org.acme.pipeline.OrderTotalsInput.RecordRead;
import org.acme.pipeline.OrderTotalsInput.SourceIdle;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.time.LogicalTime;
import java.util.List;

/**
 * The driver: runs the logic over the source and performs its effects against the I/O boundaries, in the
 * order the logic gave them. It holds no state that a restart needs: everything is rebuilt by
 * {@link #recover} from the last checkpoint, and the sinks drop the outputs they already hold.
 *
 * <p>Use it in a loop: {@code recover} once, then {@link #step} with the current logical time until it
 * returns {@code false} (the source is drained and checkpointed); on a {@link StageIoException} or a crash,
 * throw the instance away, reopen the boundaries and {@code recover} again.
 */
public final class OrderTotalsStage {

    /** How many records {@link #step} reads at once unless told otherwise. */
    public static final int DEFAULT_BATCH = 8;

    private final StateMachine<OrderTotalsState, OrderTotalsInput, OrderTotalsEffect> logic;
    private final RecordSource source;
    private final OutputSink sink;
    private final QuarantineSink quarantine;
    private final CheckpointStore checkpoints;
    private final int batchSize;
    private OrderTotalsState state;

    private OrderTotalsStage(StateMachine<OrderTotalsState, OrderTotalsInput, OrderTotalsEffect> logic, RecordSource source,
            OutputSink sink, QuarantineSink quarantine, CheckpointStore checkpoints, int batchSize, OrderTotalsState state) {
        this.logic = logic;
        this.source = source;
        this.sink = sink;
        this.quarantine = quarantine;
        this.checkpoints = checkpoints;
        this.batchSize = batchSize;
        this.state = state;
    }

    /**
     * Starts (or restarts) a stage from the last durable checkpoint.
     *
     * @param logic the processing rules, usually a {@link OrderTotalsLogic}
     * @param source where records come from
     * @param sink where outputs go
     * @param quarantine where refused records go
     * @param checkpoints where checkpoints are kept
     * @param batchSize how many records a step reads, {@code >= 1}
     * @return the stage, positioned at the checkpoint
     * @throws StageIoException if the checkpoint could not be read
     */
    public static OrderTotalsStage recover(StateMachine<OrderTotalsState, OrderTotalsInput, OrderTotalsEffect> logic,
            RecordSource source, OutputSink sink, QuarantineSink quarantine, CheckpointStore checkpoints, int batchSize)
            throws StageIoException {
        if (logic == null || source == null || sink == null || quarantine == null || checkpoints == null) {
            throw new NullPointerException("the logic and every I/O boundary must be given");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        Checkpoint last = checkpoints.load().orElse(Checkpoint.INITIAL);
        return new OrderTotalsStage(logic, source, sink, quarantine, checkpoints, batchSize, OrderTotalsState.resumingFrom(last));
    }

    /**
     * Reads one batch and processes it record by record, performing each record's effects before the
     * next record; when the source has nothing more, lets the logic checkpoint what is waiting.
     *
     * @param now the current logical time
     * @return {@code false} once the source had no record and nothing was waiting for a checkpoint
     * @throws StageIoException if a boundary failed; the stage must then be recovered anew
     */
    public boolean step(LogicalTime now) throws StageIoException {
        List<SourceRecord> batch = source.read(state.nextOffset(), batchSize);
        if (batch.isEmpty()) {
            boolean waiting = state.uncheckpointed() > 0;
            apply(new SourceIdle(), now);
            return waiting;
        }
        for (SourceRecord record : batch) {
            apply(new RecordRead(record), now);
        }
        return true;
    }

    /**
     * The stage's state: where it will read next and what waits for a checkpoint.
     *
     * @return the state
     */
    public OrderTotalsState state() {
        return state;
    }

    private void apply(OrderTotalsInput input, LogicalTime now) throws StageIoException {
        Step<OrderTotalsState, OrderTotalsEffect> step = logic.transition(state, input, now);
        for (OrderTotalsEffect effect : step.effects()) {
            perform(effect);
        }
        state = step.state();
    }

    private void perform(OrderTotalsEffect effect) throws StageIoException {
        if (effect instanceof Emit emit) {
            sink.write(emit.output());
        } else if (effect instanceof Quarantine refused) {
            quarantine.quarantine(refused.record());
        } else if (effect instanceof SyncOutputs) {
            sink.sync();
            quarantine.sync();
        } else if (effect instanceof CommitCheckpoint commit) {
            checkpoints.commit(commit.checkpoint());
        }
    }
}
