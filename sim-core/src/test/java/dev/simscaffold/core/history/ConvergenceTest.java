package dev.simscaffold.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Maelstrom-style end-of-run checks; each check is shown to fail on the bug it is for. */
class ConvergenceTest {
    private static Optional<Long> added(String input) {
        return input.startsWith("add ") ? Optional.of(Long.parseLong(input.substring(4))) : Optional.empty();
    }

    private static OptionalLong delta(String input) {
        return input.startsWith("add ") ? OptionalLong.of(Long.parseLong(input.substring(4))) : OptionalLong.empty();
    }

    private static final History<String, Long> ADDS = History.<String, Long>builder()
            .invoke("a", "add 1").ok("a", null)
            .invoke("b", "add 2").info("b")
            .invoke("a", "add 3").fail("a")
            .invoke("a", "add -4").ok("a", null)
            .invoke("c", "read").ok("c", 0L).build();

    @Test
    void aGrowOnlySetKeepsAcknowledgedAddsAndInventsNothing() {
        assertThat(Convergence.gSet(ADDS, ConvergenceTest::added, List.of(Set.of(1L, -4L), Set.of(1L, -4L)))).isEmpty();
        assertThat(Convergence.gSet(ADDS, ConvergenceTest::added, List.of(Set.of(1L, 2L, -4L)))).as("the info add took effect").isEmpty();
        assertThat(Convergence.gSet(ADDS, ConvergenceTest::added, List.of(Set.of(-4L)))).containsExactly("replica 0 lost acknowledged adds [1]");
        assertThat(Convergence.gSet(ADDS, ConvergenceTest::added, List.of(Set.of(1L, 3L, -4L))))
                .containsExactly("replica 0 holds elements never added [3]");
        assertThat(Convergence.gSet(ADDS, ConvergenceTest::added, List.of(Set.of(1L, -4L), Set.of(1L, 2L, -4L))))
                .singleElement().asString().startsWith("replicas did not converge");
    }

    @Test
    void aCounterLiesBetweenAcknowledgedAndPossibleIncrements() {
        assertThat(Convergence.pnCounter(ADDS, ConvergenceTest::delta, List.of(-3L, -3L))).isEmpty();
        assertThat(Convergence.pnCounter(ADDS, ConvergenceTest::delta, List.of(-1L))).isEmpty();
        assertThat(Convergence.pnCounter(ADDS, ConvergenceTest::delta, List.of(0L)))
                .containsExactly("replica 0 reads 0, outside [-3, -1] (acknowledged increments, plus or minus the indeterminate ones)");
        assertThat(Convergence.pnCounter(ADDS, ConvergenceTest::delta, List.of(-3L, -1L))).hasSize(1);
    }

    @Test
    void aGrowOnlyCounterRejectsDecrements() {
        assertThatThrownBy(() -> Convergence.gCounter(ADDS, ConvergenceTest::delta, List.of(0L)))
                .hasMessageStartingWith("a g-counter only grows, got delta -4 in #3 a");
        History<String, Long> grows = History.<String, Long>builder().invoke("a", "add 5").ok("a", null).build();
        assertThat(Convergence.gCounter(grows, ConvergenceTest::delta, List.of(5L))).isEmpty();
        assertThat(Convergence.gCounter(grows, ConvergenceTest::delta, List.of(4L))).hasSize(1);
        assertThatThrownBy(() -> Convergence.gCounter(grows, ConvergenceTest::delta, List.of()))
                .hasMessage("convergence needs at least one final read, got none");
    }
}
