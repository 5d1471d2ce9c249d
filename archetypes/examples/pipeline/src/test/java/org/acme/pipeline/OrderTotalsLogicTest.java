package org.acme.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acme.pipeline.OrderTotalsEffect.CommitCheckpoint;
import org.acme.pipeline.OrderTotalsEffect.Emit;
import org.acme.pipeline.OrderTotalsEffect.Quarantine;
import org.acme.pipeline.OrderTotalsEffect.SyncOutputs;
import org.acme.pipeline.OrderTotalsInput.RecordRead;
import org.acme.pipeline.OrderTotalsInput.SourceIdle;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.time.LogicalTime;
import org.junit.jupiter.api.Test;

/** Example-based tests of the rules, one rule per test; the simulation tests them all together. */
class OrderTotalsLogicTest {

    private static final LogicalTime T0 = LogicalTime.ZERO;
    private final OrderTotalsLogic logic = new OrderTotalsLogic(new CheckpointPolicy(3, 100));
    private final OrderTotalsState start = OrderTotalsState.resumingFrom(Checkpoint.INITIAL);

    @Test
    void aValidOrderLineBecomesItsTotal() {
        Step<OrderTotalsState, OrderTotalsEffect> step = logic.transition(start, read(0, "order-1,3,250"), T0);

        assertThat(step.effects()).containsExactly(new Emit(new OutputRecord(0, "order-1,750")));
        assertThat(step.state().nextOffset()).isEqualTo(14);
        assertThat(step.state().uncheckpointed()).isEqualTo(1);
    }

    @Test
    void aDamagedLineIsQuarantinedWithAReasonNamingTheValue() {
        Step<OrderTotalsState, OrderTotalsEffect> step = logic.transition(start, read(0, "order-1,three,250"), T0);

        assertThat(step.effects()).containsExactly(new Quarantine(new QuarantinedRecord(0, "order-1,three,250",
                "quantity must be an integer in [1, " + OrderTotalsLogic.MAX_QUANTITY + "], got 'three'")));
        assertThat(step.state().nextOffset()).as("a damaged line never stops the stage").isEqualTo(18);
    }

    @Test
    void everyKindOfDamageHasItsReason() {
        assertThat(OrderTotalsLogic.rejection("order-1,2")).contains("expected 3 fields id,quantity,unitCents, got 2");
        assertThat(OrderTotalsLogic.rejection("")).contains("expected 3 fields id,quantity,unitCents, got 1");
        assertThat(OrderTotalsLogic.rejection("order 1,2,3")).contains("order id must be 1-40 of [A-Za-z0-9-], got 'order 1'");
        assertThat(OrderTotalsLogic.rejection("order-1,0,3")).contains("quantity must be an integer in [1, 1000000], got '0'");
        assertThat(OrderTotalsLogic.rejection("order-1,2,-3")).contains("unitCents must be an integer in [0, 1000000000], got '-3'");
        assertThat(OrderTotalsLogic.rejection("order-1,1000000,1000000000")).isEmpty();
        assertThat(OrderTotalsLogic.total("order-1,1000000,1000000000")).isEqualTo("order-1,1000000000000000");
    }

    @Test
    void afterEveryNRecordsTheSinksAreSyncedAndThenTheCheckpointIsCommitted() {
        OrderTotalsState state = start;
        for (int i = 0; i < 2; i++) {
            state = logic.transition(state, read(state.nextOffset(), "order-" + i + ",1,1"), T0).state();
        }
        Step<OrderTotalsState, OrderTotalsEffect> third = logic.transition(state, read(state.nextOffset(), "order-2,1,1"), LogicalTime.of(7));

        assertThat(third.effects()).containsExactly(new Emit(new OutputRecord(state.nextOffset(), "order-2,1")), new SyncOutputs(),
                new CommitCheckpoint(new Checkpoint(1, third.state().nextOffset(), LogicalTime.of(7))));
        assertThat(third.state().uncheckpointed()).isZero();
        assertThat(third.state().checkpoints()).isEqualTo(1);
    }

    @Test
    void recordsWaitingLongerThanTheTickIntervalAreCheckpointedAtTheNextRecord() {
        OrderTotalsState one = logic.transition(start, read(0, "order-1,1,1"), T0).state();
        Step<OrderTotalsState, OrderTotalsEffect> late = logic.transition(one, read(one.nextOffset(), "order-2,1,1"), LogicalTime.of(100));

        assertThat(late.effects()).endsWith(new SyncOutputs(), new CommitCheckpoint(new Checkpoint(1, late.state().nextOffset(), LogicalTime.of(100))));
    }

    @Test
    void anIdleSourceCheckpointsWhatIsWaitingAndOtherwiseDoesNothing() {
        OrderTotalsState one = logic.transition(start, read(0, "order-1,1,1"), T0).state();

        assertThat(logic.transition(one, new SourceIdle(), LogicalTime.of(5)).effects())
                .containsExactly(new SyncOutputs(), new CommitCheckpoint(new Checkpoint(1, one.nextOffset(), LogicalTime.of(5))));
        assertThat(logic.transition(start, new SourceIdle(), LogicalTime.of(5)).effects()).isEmpty();
    }

    @Test
    void aRestartResumesAtTheCheckpointedOffset() {
        OrderTotalsState resumed = OrderTotalsState.resumingFrom(new Checkpoint(4, 120, LogicalTime.of(9)));

        assertThat(resumed).isEqualTo(new OrderTotalsState(120, 0, 4, LogicalTime.of(9)));
        assertThatThrownBy(() -> logic.transition(resumed, read(0, "order-1,1,1"), LogicalTime.of(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("expected the record at offset 120, got offset 0");
    }

    @Test
    void checkpointsSurviveTheirEncodingAndATornOneIsRecognised() {
        Checkpoint checkpoint = new Checkpoint(7, 4096, LogicalTime.of(33));
        byte[] bytes = checkpoint.encode();

        assertThat(Checkpoint.decode(bytes)).contains(checkpoint);
        bytes[Checkpoint.ENCODED_BYTES - 9] ^= 1;
        assertThat(Checkpoint.decode(bytes)).isEmpty();
        assertThat(Checkpoint.decode(new byte[Checkpoint.ENCODED_BYTES])).as("bytes never written").isEmpty();
    }

    @Test
    void badPoliciesAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> new CheckpointPolicy(0, 10)).hasMessage("everyRecords must be >= 1, got 0");
        assertThatThrownBy(() -> new CheckpointPolicy(5, 0)).hasMessage("everyTicks must be >= 1, got 0");
    }

    private static RecordRead read(long offset, String line) {
        return new RecordRead(new SourceRecord(offset, offset + line.length() + 1, line));
    }
}
