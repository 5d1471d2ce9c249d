package dev.simscaffold.core.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.Addressed;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.harness.Transition;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.Coverage;
import dev.simscaffold.core.trace.CoverageTally;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Keeps the README's routed-effects example compiling and true; the code between the markers appears there verbatim. */
class RoutedReadmeExampleTest {

    // DOCS:begin docs/guide/01-first-simulation.md
    /** Instance 0 takes writes and replicates them to instance 1, which keeps only newer versions. */
    record Register(long version, String value) {
    }

    sealed interface Msg permits Write, Replicate {
    }

    record Write(String value) implements Msg {
    }

    record Replicate(long version, String value) implements Msg {
    }

    record Send(int to, Replicate message) {
    }

    static final StateMachine<Register, Msg, Send> REGISTER = (register, msg, now) -> {
        if (msg instanceof Write write) {
            Register next = new Register(register.version() + 1, write.value());
            return Step.of(next, new Send(1, new Replicate(next.version(), next.value())));
        }
        Replicate update = (Replicate) msg;
        return update.version() > register.version() ? Step.of(new Register(update.version(), update.value())) : Step.of(register);
    };

    static final Expectation<Transition<Register, Msg>> NEVER_OLDER = Expectation.always(
            "a register never goes back to an older version",
            t -> t.after().version() < t.before().version()
                    ? List.of("instance " + t.instance() + " went from v" + t.before().version() + " to v" + t.after().version())
                    : List.of());

    static final Expectation<Transition<Register, Msg>> STALE_UPDATE = Expectation.sometimes("a stale update reaches the replica",
            t -> t.input() instanceof Replicate update && update.version() <= t.before().version());

    static Coverage simulate(StateMachine<Register, Msg, Send> machine, long seed) {
        SimHarness<Register, Msg, Send> harness = SimHarness.builder(machine)
                .seed(seed)
                .instances(2, new Register(0, ""))
                .router((from, send) -> Optional.of(new Addressed<>(send.to(), send.message()))) // every Send is a message
                .faults(FaultConfig.builder()
                        .effects(e -> e.duplicateRate(0.2).delayRate(0.3).minDelayTicks(1).maxDelayTicks(5))
                        .build())
                .expectStep(NEVER_OLDER)       // judged on every step: before, input, after, now
                .expectStep(STALE_UPDATE)                // counted, so a vacuous pass shows
                .build();
        SimRandom inputs = harness.context().fork("inputs");
        for (int i = 0; i < 20; i++) {
            harness.apply(0, new Write("w" + i));       // the scheduler interleaves replication with writes
            harness.advance(inputs.between(0, 3));
        }
        harness.advance(10);                            // every message still in flight arrives
        return harness.coverage();
    }
    // DOCS:end

    @Test
    void theReplicaNeverGoesBackAndTheStaleCaseIsReached() {
        CoverageTally tally = new CoverageTally();
        for (long seed = 0; seed < 20; seed++) {
            tally.add(simulate(REGISTER, seed));
        }
        assertThat(tally.assertSometimesReached().coverage().sometimes().get(STALE_UPDATE.name())).isPositive();
    }

    @Test
    void aReplicaThatTakesEveryUpdateIsCaught() {
        StateMachine<Register, Msg, Send> takesEverything = (register, msg, now) -> msg instanceof Replicate update
                ? Step.of(new Register(update.version(), update.value()))
                : REGISTER.transition(register, msg, now);
        assertThatThrownBy(() -> {
            for (long seed = 0; seed < 20; seed++) {
                simulate(takesEverything, seed);
            }
        }).isInstanceOf(InvariantViolationError.class).hasMessageContaining("a register never goes back to an older version");
    }
}
