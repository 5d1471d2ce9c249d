package dev.simscaffold.core.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.Ledger.Account;
import dev.simscaffold.core.harness.Ledger.Deposit;
import dev.simscaffold.core.harness.Ledger.Op;
import dev.simscaffold.core.harness.Ledger.Out;
import dev.simscaffold.core.harness.Ledger.Receipt;
import dev.simscaffold.core.harness.Ledger.Withdraw;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceEvent;
import dev.simscaffold.core.trace.TraceMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimHarnessTest {

    private record Delivered(int instance, Out effect, LogicalTime at) {
    }

    private final List<Delivered> delivered = new ArrayList<>();

    private SimHarnessBuilder<Account, Op, Out> ledger(StateMachine<Account, Op, Out> machine) {
        return SimHarness.builder(machine)
                .seed(7)
                .instances(2, Ledger.OPEN)
                .expect(Ledger.neverOverdrawn())
                .effectSink((instance, effect, at) -> delivered.add(new Delivered(instance, effect, at)));
    }

    @Test
    void appliesInputsToTheChosenInstanceAndDeliversEffects() {
        SimHarness<Account, Op, Out> harness = ledger(Ledger.CORRECT).build();

        harness.apply(1, new Deposit(10));
        harness.apply(1, new Withdraw(4));

        assertThat(harness.state(0)).isEqualTo(Ledger.OPEN);
        assertThat(harness.state(1)).isEqualTo(new Account(6, 2));
        assertThat(harness.steps()).isEqualTo(2);
        assertThat(harness.effectLog()).extracting(EffectRecord::fate).containsExactly(EffectFate.DELIVERED, EffectFate.DELIVERED);
        assertThat(delivered).extracting(Delivered::effect).containsExactly(new Receipt(10, 1), new Receipt(6, 2));
        assertThat(harness.trace().events()).extracting(TraceEvent::kind)
                .containsExactly(EventKind.STEP, EventKind.EFFECT, EventKind.STEP, EventKind.EFFECT);
    }

    @Test
    void plantedBugIsCaughtWithInvariantNameSeedAndStep() {
        SimHarness<Account, Op, Out> harness = ledger(Ledger.PLANTED_BUG).build();
        harness.apply(0, new Deposit(5));
        harness.advance(3);

        assertThatThrownBy(() -> harness.apply(0, new Withdraw(8)))
                .isInstanceOfSatisfying(InvariantViolationError.class, error -> {
                    assertThat(error.invariant()).isEqualTo("balance never negative");
                    assertThat(error.violations()).containsExactly("instance 0 has balance -3");
                    assertThat(error.seed()).isEqualTo(7);
                    assertThat(error.step()).isEqualTo(2);
                    assertThat(error.time()).isEqualTo(LogicalTime.of(3));
                    assertThat(error.recentEvents()).extracting(TraceEvent::detail).contains("Withdraw[amount=8]");
                    assertThat(error.getMessage())
                            .startsWith("invariant violated: balance never negative")
                            .contains("instance 0 has balance -3", "seed 7, step 2", "t=3", "STEP instance-0 Withdraw[amount=8]");
                });
        assertThat(harness.trace().events()).last().extracting(TraceEvent::kind).isEqualTo(EventKind.VIOLATION);
    }

    @Test
    void theCorrectMachineKeepsTheSameInvariant() {
        SimHarness<Account, Op, Out> harness = ledger(Ledger.CORRECT).build();
        harness.apply(0, new Deposit(5));
        harness.apply(0, new Withdraw(8));
        assertThat(harness.state(0).balance()).isEqualTo(5);
    }

    @Test
    void statefulInvariantsCatchRegressions() {
        StateMachine<Account, Op, Out> rollback = (account, op, now) ->
                Step.of(new Account(account.balance(), op instanceof Deposit ? account.version() + 1 : account.version() - 1));
        SimHarness<Account, Op, Out> harness = SimHarness.builder(rollback)
                .instances(1, Ledger.OPEN).expect(Ledger.versionsNeverDecrease()).build();
        harness.apply(0, new Deposit(1));
        assertThatThrownBy(() -> harness.apply(0, new Withdraw(1)))
                .isInstanceOf(InvariantViolationError.class)
                .hasMessageContaining("versions never decrease")
                .hasMessageContaining("went from version 1 to 0");
    }

    @Test
    void unknownInstancesAndMissingInputsAreRejected() {
        SimHarness<Account, Op, Out> harness = ledger(Ledger.CORRECT).build();
        assertThatThrownBy(() -> harness.apply(2, new Deposit(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown instance 2")
                .hasMessageContaining("[0, 2)");
        assertThatThrownBy(() -> harness.apply(-1, new Deposit(1))).hasMessageContaining("-1");
        assertThatThrownBy(() -> harness.apply(0, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SimHarness.builder(Ledger.CORRECT).build()).hasMessageContaining("no instances");
        assertThatThrownBy(() -> SimHarness.builder(Ledger.CORRECT).instances(0, Ledger.OPEN)).hasMessageContaining("got 0");
    }

    @Test
    void timeNeverGoesBackwards() {
        SimHarness<Account, Op, Out> harness = ledger(Ledger.CORRECT).build();
        harness.advance(10);
        assertThatThrownBy(() -> harness.advanceTo(LogicalTime.of(4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t=10")
                .hasMessageContaining("t=4");
        assertThatThrownBy(() -> harness.advance(-1)).hasMessageContaining("-1");
    }

    @Test
    void droppedEffectsStayInTheLogMarkedDropped() {
        SimHarness<Account, Op, Out> harness = ledger(Ledger.CORRECT)
                .faults(FaultConfig.builder().effects(e -> e.dropRate(1.0)).build()).build();
        harness.apply(0, new Deposit(3));
        harness.apply(1, new Deposit(4));

        assertThat(delivered).isEmpty();
        assertThat(harness.effectLog()).extracting(EffectRecord::fate).containsExactly(EffectFate.DROPPED, EffectFate.DROPPED);
        assertThat(harness.effectLog()).extracting(EffectRecord::effect).containsExactly(new Receipt(3, 1), new Receipt(4, 1));
        assertThat(harness.trace().events()).extracting(TraceEvent::kind)
                .containsExactly(EventKind.STEP, EventKind.EFFECT_DROPPED, EventKind.STEP, EventKind.EFFECT_DROPPED);
    }

    @Test
    void duplicatedEffectsAreDeliveredTwice() {
        SimHarness<Account, Op, Out> harness = ledger(Ledger.CORRECT)
                .faults(FaultConfig.builder().effects(e -> e.duplicateRate(1.0)).build()).build();
        harness.apply(0, new Deposit(3));

        assertThat(delivered).extracting(Delivered::effect).containsExactly(new Receipt(3, 1), new Receipt(3, 1));
        assertThat(harness.effectLog()).extracting(EffectRecord::fate).containsExactly(EffectFate.DELIVERED, EffectFate.DUPLICATED);
    }

    @Test
    void delayedEffectsArriveWhenTheyFallDueInTheOrderTheyWereDelayed() {
        SimHarness<Account, Op, Out> harness = ledger(Ledger.CORRECT)
                .faults(FaultConfig.builder().effects(e -> e.delayRate(1.0).minDelayTicks(5).maxDelayTicks(5)).build()).build();
        harness.apply(0, new Deposit(1));
        harness.apply(1, new Deposit(2));
        harness.advance(4);
        assertThat(delivered).isEmpty();
        assertThat(harness.pendingEffects()).isEqualTo(2);

        harness.advance(10);

        assertThat(delivered).containsExactly(
                new Delivered(0, new Receipt(1, 1), LogicalTime.of(5)),
                new Delivered(1, new Receipt(2, 1), LogicalTime.of(5)));
        assertThat(harness.pendingEffects()).isZero();
        assertThat(harness.now()).isEqualTo(LogicalTime.of(14));
        assertThat(harness.effectLog()).extracting(EffectRecord::deliverAt).containsOnly(LogicalTime.of(5));
    }

    @Test
    void zeroTickDelaysAreDeliveredWithinTheirOwnStep() {
        SimHarness<Account, Op, Out> harness = ledger(Ledger.CORRECT)
                .faults(FaultConfig.builder().effects(e -> e.delayRate(1.0).minDelayTicks(0).maxDelayTicks(0)).build()).build();
        harness.apply(0, new Deposit(1));
        assertThat(delivered).containsExactly(new Delivered(0, new Receipt(1, 1), LogicalTime.ZERO));
    }

    @Test
    void clockJumpsHappenBeforeTheStepAndTheTransitionSeesThem() {
        List<LogicalTime> seen = new ArrayList<>();
        StateMachine<Account, Op, Out> observing = (account, op, now) -> {
            seen.add(now);
            return Ledger.CORRECT.transition(account, op, now);
        };
        SimHarness<Account, Op, Out> harness = SimHarness.builder(observing).seed(3).instances(1, Ledger.OPEN)
                .faults(FaultConfig.builder().clock(c -> c.jumpRate(1.0).maxJumpTicks(10)).build()).build();
        harness.apply(0, new Deposit(1));
        harness.apply(0, new Deposit(1));

        assertThat(seen).hasSize(2);
        assertThat(seen.get(0).ticks()).isBetween(1L, 10L);
        assertThat(seen.get(1).ticks()).isBetween(seen.get(0).ticks() + 1, seen.get(0).ticks() + 10);
        assertThat(harness.now()).isEqualTo(seen.get(1));
        assertThat(harness.trace().events()).extracting(TraceEvent::kind)
                .containsSubsequence(EventKind.CLOCK_JUMP, EventKind.STEP, EventKind.CLOCK_JUMP, EventKind.STEP);
    }

    @Test
    void sinksMustNotCallBackIntoTheHarness() {
        List<SimHarness<Account, Op, Out>> self = new ArrayList<>();
        SimHarness<Account, Op, Out> harness = SimHarness.builder(Ledger.CORRECT).instances(1, Ledger.OPEN)
                .effectSink((instance, effect, at) -> self.get(0).apply(0, new Deposit(1))).build();
        self.add(harness);
        assertThatThrownBy(() -> harness.apply(0, new Deposit(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not re-entrant");
    }

    @Test
    void sameSeedAndInputsGiveTheSameFingerprint() {
        assertThat(run(11, TraceMode.FULL)).isEqualTo(run(11, TraceMode.FULL));
        assertThat(run(11, TraceMode.FULL)).isNotEqualTo(run(12, TraceMode.FULL));
    }

    @Test
    void fingerprintOnlyModeKeepsTheFingerprintButNotTheEvents() {
        assertThat(run(11, TraceMode.FINGERPRINT_ONLY)).isEqualTo(run(11, TraceMode.FULL));

        SimHarness<Account, Op, Out> harness = SimHarness.builder(Ledger.CORRECT).instances(1, Ledger.OPEN)
                .traceMode(TraceMode.FINGERPRINT_ONLY).build();
        for (int i = 0; i < 1_000; i++) {
            harness.apply(0, new Deposit(1));
        }
        assertThat(harness.trace().size()).isEqualTo(2_000);
        assertThat(harness.trace().tail(1_000)).hasSize(Trace.DEFAULT_TAIL);
        assertThatThrownBy(() -> harness.trace().events()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(harness::effectLog).isInstanceOf(IllegalStateException.class);
    }

    private static long run(long seed, TraceMode mode) {
        SimHarness<Account, Op, Out> harness = SimHarness.builder(Ledger.CORRECT).seed(seed).instances(3, Ledger.OPEN)
                .faults(FaultConfig.hostile()).traceMode(mode).build();
        var inputs = harness.context().fork("inputs");
        for (int i = 0; i < 200; i++) {
            harness.apply(inputs.nextInt(3), Ledger.randomOp(inputs));
            harness.advance(inputs.between(0, 3));
        }
        return harness.trace().fingerprint();
    }

    /** A plain class keeps Object.toString(): its identity hash code would make every fingerprint unique. */
    private static final class Opaque {
    }

    @Test
    void valuesThatPrintAnIdentityHashAreRefusedNamingTheirClass() {
        SimHarness<Integer, Opaque, String> harness = SimHarness.<Integer, Opaque, String>builder((state, input, now) -> Step.of(state))
                .instances(1, 0).build();
        assertThatThrownBy(() -> harness.apply(0, new Opaque()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Opaque.class.getName())
                .hasMessageContaining("does not override toString()");
        SimHarness<Integer, String, int[]> arrays = SimHarness.<Integer, String, int[]>builder((state, input, now) -> Step.of(state, new int[] {1}))
                .instances(1, 0).build();
        assertThatThrownBy(() -> arrays.apply(0, "go")).hasMessageContaining("[I does not override toString()");
    }
}
