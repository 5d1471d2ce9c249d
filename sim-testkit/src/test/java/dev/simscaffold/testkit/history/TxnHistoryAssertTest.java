package dev.simscaffold.testkit.history;

import static dev.simscaffold.testkit.history.TxnHistoryAssert.assertThatTransactions;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.history.History;
import dev.simscaffold.core.history.MicroOp;
import dev.simscaffold.core.history.Txn;
import dev.simscaffold.core.history.TxnAnomalyType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The transaction assertions pass and fail where the checker says, and a failure explains itself. */
class TxnHistoryAssertTest {

    /** Two transactions that each read the other's key empty and append to their own: write skew (G2). */
    private static History<Txn, Txn> writeSkew() {
        return History.<Txn, Txn>builder()
                .invoke("a", Txn.of(new MicroOp.Read("y", null), new MicroOp.Append("x", 1)))
                .ok("a", Txn.of(new MicroOp.Read("y", List.of()), new MicroOp.Append("x", 1)))
                .invoke("b", Txn.of(new MicroOp.Read("x", null), new MicroOp.Append("y", 1)))
                .ok("b", Txn.of(new MicroOp.Read("x", List.of()), new MicroOp.Append("y", 1)))
                .build();
    }

    @Test
    void writeSkewFailsWithTheCycleExplained() {
        assertThatThrownBy(() -> assertThatTransactions(writeSkew()).hasNoAnomalies()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("G2").hasMessageContaining("a contradiction!");
        assertThatTransactions(writeSkew()).hasAnomalies(TxnAnomalyType.G2);
    }

    @Test
    void aSerialHistoryPasses() {
        History<Txn, Txn> serial = History.<Txn, Txn>builder()
                .invoke("a", Txn.of(new MicroOp.Read("y", null), new MicroOp.Append("x", 1)))
                .ok("a", Txn.of(new MicroOp.Read("y", List.of()), new MicroOp.Append("x", 1)))
                .invoke("b", Txn.of(new MicroOp.Read("x", null), new MicroOp.Append("y", 1)))
                .ok("b", Txn.of(new MicroOp.Read("x", List.of(1L)), new MicroOp.Append("y", 1)))
                .build();
        assertThatTransactions(serial).hasNoAnomalies();
        assertThatThrownBy(() -> assertThatTransactions(serial).hasAnomalies(TxnAnomalyType.G0))
                .isInstanceOf(AssertionError.class).hasMessageContaining("expected anomalies [G0]");
    }
}
