package dev.simscaffold.core.history;

import static dev.simscaffold.core.history.TxnNotation.fail;
import static dev.simscaffold.core.history.TxnNotation.history;
import static dev.simscaffold.core.history.TxnNotation.info;
import static dev.simscaffold.core.history.TxnNotation.ok;
import static dev.simscaffold.core.history.TxnAnomalyType.DUPLICATE_ELEMENTS;
import static dev.simscaffold.core.history.TxnAnomalyType.G0;
import static dev.simscaffold.core.history.TxnAnomalyType.G1A;
import static dev.simscaffold.core.history.TxnAnomalyType.G1B;
import static dev.simscaffold.core.history.TxnAnomalyType.G1C;
import static dev.simscaffold.core.history.TxnAnomalyType.G2;
import static dev.simscaffold.core.history.TxnAnomalyType.G_SINGLE;
import static dev.simscaffold.core.history.TxnAnomalyType.GARBAGE_READ;
import static dev.simscaffold.core.history.TxnAnomalyType.INCOMPATIBLE_ORDER;
import static dev.simscaffold.core.history.TxnAnomalyType.INTERNAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cases re-expressed from Elle's own list-append tests ({@code test/elle/list_append_test.clj} in
 * jepsen-io/elle, EPL: the histories are restated in our notation, not copied), each named after the Elle
 * test and {@code testing} block it comes from, with the anomaly types Elle asserts there. Elle reports
 * G2-item, G-nonadjacent and G-single-item under finer names; we report G2 and G-single. Where Elle asks for
 * a weaker consistency model than serializability, the case is left out.
 */
class ElleListAppendAgreementTest {

    private static ListAppendResult check(History<Txn, Txn> history) {
        return ListAppendChecker.create().check(history);
    }

    private static void assertTypes(History<Txn, Txn> history, TxnAnomalyType... types) {
        ListAppendResult result = check(history);
        assertThat(result.types()).as(result.describe()).containsExactlyInAnyOrder(types);
        assertThat(result.incomplete()).isEmpty();
    }

    // graph-test: clean controls

    @Test
    void graphTestEmptyHistoryOneAppendAndEmptyRead() {
        assertTypes(history(new String[0]));
        assertTypes(history("ax1"));
        assertTypes(history("rx"));
    }

    @Test
    void graphTestOneAppendOneReadAndReadEmptyAppendRead() {
        assertTypes(history("ax1", "rx1"));
        assertTypes(history("rx", "ax1", "rx1"));
    }

    @Test
    void graphTestAppendAppendRead() {
        assertTypes(history("ax2", "ax1", "rx12"));
    }

    @Test
    void graphTestSerializableFigure3FromAdyaLiskovONeil() {
        assertTypes(history("az1ax1ay1", "rx1ay2", "ry12az3", "rz13"));
    }

    @Test
    void graphTestSingleAndMultipleAppendsWithoutReads() {
        assertTypes(history("rx", "ax1"));
        assertTypes(history("rx", "ax1", "ax2"));
    }

    @Test
    void graphTestInfoReads() {
        // T1's unknown read of y says nothing; its append of 2 is seen after T2's 1: T2 < T1 < T3, no cycle.
        assertTypes(history(info("ax2ry"), ok("ax1ay1"), ok("rx12ry1")));
    }

    // graph-test: anomalies

    @Test
    void graphTestG0WriteCycle() {
        assertTypes(history("ax1ay1", "ax2ay2", "rx12ry21"), G0);
    }

    @Test
    void graphTestG1cCircularInformationFlow() {
        assertTypes(history("ax1ry1", "ax2ay1", "rx12"), G1C);
    }

    @Test
    void graphTestG2AntiDependencyCycleExplainedEdgeByEdge() {
        ListAppendResult result = check(history("rxay1", "ryax1", "rx1ry1"));
        assertThat(result.types()).containsExactly(G2);
        TxnAnomaly g2 = result.anomalies().get(0);
        assertThat(g2.txns()).hasSize(2);
        assertThat(g2.steps()).containsExactly(
                "T1 < T2, because T1 read the initial empty state of x, which T2 changed by appending 1.",
                "However, T2 < T1, because T2 read the initial empty state of y, which T1 changed by appending 1: a contradiction!");
    }

    @Test
    void graphTestDuplicateInsertAttemptsAreRefused() {
        assertThatThrownBy(() -> check(history("ax1ry", "ay2ax1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value 1 is appended to key x twice");
    }

    // g1a-cases-test, g1b-cases-test, internal-cases-test

    @Test
    void g1aCasesTestValidAndInvalidReads() {
        ListAppendResult result = check(history(ok("rx1ax2"), ok("rx12ry3"), fail("ax1")));
        assertThat(result.anomalies().stream().filter(a -> a.type() == G1A)).as("both reads of the failed 1").hasSize(2);
        // Elle's g1a-cases only lists G1a; y = [3] reads a value nobody appended, which we also name.
        assertThat(result.types()).containsExactlyInAnyOrder(G1A, GARBAGE_READ);
    }

    @Test
    void g1bCasesTestValidAndInvalidReads() {
        ListAppendResult result = check(history("rx1", "rx12ry3", "ax1ax2", "rx123"));
        assertThat(result.anomalies().stream().filter(a -> a.type() == G1B)).singleElement()
                .satisfies(g1b -> assertThat(g1b.steps().get(0)).startsWith("T1 read x = [1], ending at 1"));
    }

    @Test
    void g1bCasesTestInternalReads() {
        assertTypes(history("ax1rx1ax2"));
    }

    @Test
    void internalCasesTestGood() {
        assertTypes(history(ok("ry56ax3rx123ax4rx1234"), ok("ax1ax2ay5ay6")));
    }

    @Test
    void internalCasesTestReadAppendRead() {
        ListAppendResult result = check(history(ok("ax1ax2"), ok("rx12ax3rx12"), ok("rx12ax4rx024"), ok("rx12ax5rx1256"), ok("rx12ax6rx1")));
        assertThat(result.anomalies().stream().filter(a -> a.type() == INTERNAL)).hasSize(4);
    }

    @Test
    void internalCasesTestAppendRead() {
        ListAppendResult result = check(history(ok("ax3rx1234"), ok("ax5rx")));
        assertThat(result.anomalies().stream().filter(a -> a.type() == INTERNAL)).hasSize(2);
    }

    @Test
    void internalCasesTestFutureReadExternalAndFutureReadTest() {
        // Elle calls it :future-read; a transaction that reads its own later append breaks internal consistency.
        assertThat(check(history("rx012ax1")).types()).contains(INTERNAL);
        assertTypes(history("rx1ax1"), INTERNAL);
    }

    // checker-test

    @Test
    void checkerTestG0() {
        assertTypes(history("ax1ay1", "ax2ay2", "rx12ry21"), G0);
    }

    @Test
    void checkerTestG1a() {
        assertTypes(history(fail("ax1"), ok("rx1")), G1A);
    }

    @Test
    void checkerTestG1bIsAlsoGSingle() {
        // Under strict serializability Elle reports both: rx1 saw ax1ax2's intermediate 1, and did not see its 2.
        assertTypes(history("ax1ax2", "rx1"), G1B, G_SINGLE);
    }

    @Test
    void checkerTestG1c() {
        ListAppendResult result = check(history("ax1ry1", "ax2ay1", "rx12ry1"));
        assertThat(result.types()).containsExactly(G1C);
        assertThat(result.anomalies().get(0).steps()).containsExactly(
                "T1 < T2, because T2 appended 2 right after T1 appended 1 to x (in x's version order [1, 2]).",
                "However, T2 < T1, because T1 read y = [1], observing T2's append of 1: a contradiction!");
    }

    @Test
    void checkerTestGSingle() {
        assertTypes(history("ax1ay1", "ax2ry", "rx12"), G_SINGLE);
    }

    @Test
    void checkerTestG2() {
        assertTypes(history("ax1ry", "ay1rx"), G2);
    }

    @Test
    void checkerTestContradictoryReadOrders() {
        assertTypes(history("ax1ry1", "ax2", "ax3ay1", "rx13", "rx123"), G1C, INCOMPATIBLE_ORDER);
    }

    @Test
    void checkerTestDuplicatedElements() {
        assertTypes(history("ax1ry1", "ax2ay1", "rx121"), G1C, DUPLICATE_ELEMENTS);
    }

    @Test
    void checkerTestInternalConsistencyViolation() {
        // Elle notes a G0 here as well and asks only for :internal.
        ListAppendResult result = check(history("ax1ax2ax4", "ax3rx1234"));
        assertThat(result.types()).contains(INTERNAL);
    }

    @Test
    void checkerTestStrongSiAndStrongSessionSiViolationsAreSerializable() {
        // Elle: {:valid? true} for the serializable model; these break only real-time or process order.
        assertTypes(history("ax1", "ax2", "rx1", "rx12"));
        assertTypes(history(ok("rxrz1"), ok("ax1"), ok("rz"), ok("az1")));
    }

    // the remaining deftests

    @Test
    void unobservedWriteTest() {
        assertTypes(history("ax1ay1", "ax2ay2", "ax3ay3", "rx12", "ry2"), G_SINGLE, G0);
    }

    @Test
    void repeatableReadTest() {
        assertTypes(history("rxay1", "ryax1"), G2);
    }

    @Test
    void gNonadjacentTest() {
        assertTypes(history("ax1", "rx1ry", "ay1", "ry1rx"), G2);
    }

    @Test
    void lostUpdateTest() {
        assertTypes(history("ax0", "rx0ax1", "rx0ax2"), G2);
        assertTypes(history("rxax1ax2", "rx12"));
    }

    @Test
    void rrGSingleItemTest() {
        assertTypes(history("ax1ay1", "rx1ry"), G_SINGLE);
    }

    @Test
    void rrGNonadjacentItemTest() {
        assertTypes(history("ax1at1", "rx1ry", "ay1az2", "rz2rt"), G2);
    }

    @Test
    void aCycleIsTheSmallestOfItsType() {
        // A G0 ring of four plus a two-transaction G0: the two-transaction cycle is the one shown.
        ListAppendResult result = check(history("ax1ay2", "ax2ay1", "rx12ry12"));
        assertThat(result.types()).containsExactly(G0);
        assertThat(result.anomalies().get(0).txns()).hasSize(2);
        assertThat(List.of(result.anomalies().get(0).describe())).allSatisfy(text -> assertThat(text).contains("a contradiction!"));
    }
}
