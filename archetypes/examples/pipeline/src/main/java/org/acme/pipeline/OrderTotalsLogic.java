package org.acme.pipeline;

import org.acme.pipeline.OrderTotalsEffect.CommitCheckpoint;
import org.acme.pipeline.OrderTotalsEffect.Emit;
import org.acme.pipeline.OrderTotalsEffect.Quarantine;
import org.acme.pipeline.OrderTotalsEffect.SyncOutputs;
import org.acme.pipeline.OrderTotalsInput.RecordRead;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The stage's processing rules, pure: a record (or the news that the source is idle) plus the state gives
 * the next state and the effects to perform. No I/O, no clock, no randomness; time arrives as
 * {@code now}, and only matters at checkpoint boundaries.
 *
 * <p>The example turns order lines {@code id,quantity,unitCents} into totals {@code id,totalCents}. A line
 * that is not such an order goes to the quarantine with the reason; it never stops the stage. After every
 * {@link CheckpointPolicy#everyRecords()} records, or when {@link CheckpointPolicy#everyTicks()} have passed
 * with records waiting, the rules ask for {@link SyncOutputs} and then {@link CommitCheckpoint}, in that
 * order.
 */
public final class OrderTotalsLogic implements StateMachine<OrderTotalsState, OrderTotalsInput, OrderTotalsEffect> {

    /** The largest quantity an order line may name. */
    public static final long MAX_QUANTITY = 1_000_000;
    /** The largest unit price, in cents, an order line may name. */
    public static final long MAX_UNIT_CENTS = 1_000_000_000;

    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9-]{1,40}");

    private final CheckpointPolicy policy;

    /**
     * Creates the rules.
     *
     * @param policy when to checkpoint
     */
    public OrderTotalsLogic(CheckpointPolicy policy) {
        if (policy == null) {
            throw new NullPointerException("policy must not be null");
        }
        this.policy = policy;
    }

    /**
     * The checkpoint policy these rules follow.
     *
     * @return the policy
     */
    public CheckpointPolicy policy() {
        return policy;
    }

    @Override
    public Step<OrderTotalsState, OrderTotalsEffect> transition(OrderTotalsState state, OrderTotalsInput input, LogicalTime now) {
        if (input instanceof RecordRead read) {
            return process(state, read.record(), now);
        }
        return state.uncheckpointed() > 0 ? checkpoint(state, now, new ArrayList<>()) : Step.of(state);
    }

    private Step<OrderTotalsState, OrderTotalsEffect> process(OrderTotalsState state, SourceRecord record, LogicalTime now) {
        if (record.offset() != state.nextOffset()) {
            throw new IllegalArgumentException("expected the record at offset " + state.nextOffset() + ", got offset " + record.offset());
        }
        List<OrderTotalsEffect> effects = new ArrayList<>();
        effects.add(rejection(record.text())
                .<OrderTotalsEffect>map(reason -> new Quarantine(new QuarantinedRecord(record.offset(), record.text(), reason)))
                .orElseGet(() -> new Emit(new OutputRecord(record.offset(), total(record.text())))));
        OrderTotalsState next = state.after(record);
        boolean due = next.uncheckpointed() >= policy.everyRecords()
                || next.lastCheckpointAt().ticksUntil(now) >= policy.everyTicks();
        return due ? checkpoint(next, now, effects) : Step.of(next, effects);
    }

    private static Step<OrderTotalsState, OrderTotalsEffect> checkpoint(OrderTotalsState state, LogicalTime now, List<OrderTotalsEffect> effects) {
        Checkpoint checkpoint = state.nextCheckpoint(now);
        effects.add(new SyncOutputs());
        effects.add(new CommitCheckpoint(checkpoint));
        return Step.of(state.checkpointed(checkpoint), effects);
    }

    /**
     * Why a line is not an order, if it is not one.
     *
     * @param text the line
     * @return the reason, naming the offending value, or empty for a valid order
     */
    public static Optional<String> rejection(String text) {
        String[] fields = text.split(",", -1);
        if (fields.length != 3) {
            return Optional.of("expected 3 fields id,quantity,unitCents, got " + fields.length);
        }
        if (!ORDER_ID.matcher(fields[0]).matches()) {
            return Optional.of("order id must be 1-40 of [A-Za-z0-9-], got '" + fields[0] + "'");
        }
        return outOfRange("quantity", fields[1], 1, MAX_QUANTITY).or(() -> outOfRange("unitCents", fields[2], 0, MAX_UNIT_CENTS));
    }

    private static Optional<String> outOfRange(String field, String value, long min, long max) {
        if (!value.matches("[0-9]{1,10}") || Long.parseLong(value) < min || Long.parseLong(value) > max) {
            return Optional.of(field + " must be an integer in [" + min + ", " + max + "], got '" + value + "'");
        }
        return Optional.empty();
    }

    /**
     * The output of a valid order line: its id and total in cents.
     *
     * @param text a line for which {@link #rejection} is empty
     * @return {@code id,totalCents}
     */
    public static String total(String text) {
        String[] fields = text.split(",", -1);
        return fields[0] + "," + Long.parseLong(fields[1]) * Long.parseLong(fields[2]);
    }
}
