/**
 * OrderTotals: a checkpointed pipeline stage whose logic is pure and whose I/O sits behind interfaces, so
 * that a simulation can crash it anywhere and check that every record comes out exactly once.
 *
 * <p>Running it on real files takes the adapters of the {@code adapter} package on sim-core's
 * {@code NioFileSystem} ({@code FileAdaptersTest} runs exactly this; the simulation runs the same adapters on
 * a {@code SimFileSystem}):
 * <pre>{@code
 * FileSystem files = NioFileSystem.at(dir);
 * OrderTotalsStage stage = OrderTotalsStage.recover(new OrderTotalsLogic(CheckpointPolicy.DEFAULT),
 *         new FileRecordSource(files, "orders.txt"), FramedFileSink.open(files, "outputs.log"),
 *         FramedFileSink.open(files, "quarantine.log"), new FileCheckpointStore(files, "checkpoint"),
 *         OrderTotalsStage.DEFAULT_BATCH);
 * while (stage.step(now)) {        // now: a LogicalTime the caller advances
 *     now = now.advance(1);
 * }
 * }</pre>
 *
 * <p>The pieces:
 * <ul>
 *   <li>{@link org.acme.pipeline.OrderTotalsLogic}: the rules. A record plus the state gives the next state and
 *       effects as data: {@code Emit} an output, {@code Quarantine} a damaged record, {@code SyncOutputs},
 *       {@code CommitCheckpoint}. No I/O, no clock; {@code LogicalTime} only decides checkpoint boundaries
 *       (every {@code checkpointEvery} records or a number of ticks).</li>
 *   <li>The I/O boundaries: {@link org.acme.pipeline.RecordSource}, {@link org.acme.pipeline.OutputSink},
 *       {@link org.acme.pipeline.QuarantineSink}, {@link org.acme.pipeline.CheckpointStore}.</li>
 *   <li>{@link org.acme.pipeline.OrderTotalsStage}: the driver. It recovers from the last checkpoint and
 *       performs the effects in the order the rules give them; on any failure it is thrown away and
 *       recovered anew.</li>
 * </ul>
 *
 * <p>Exactly-once comes from two rules. The checkpoint is committed only after the sinks are synced, so it
 * never names an output that a power loss could take back. And writes are idempotent, keyed by the source
 * offset: a restarted stage replays everything after its checkpoint, and the sinks drop what they already
 * hold. Idempotent writes were chosen over a transactional commit of output and checkpoint together because
 * they need nothing from the sink but a key (an upsert, a file indexed on open) and no coordination between
 * two stores; the cost is that a sink must be able to tell which keys it holds.
 */
package org.acme.pipeline;
