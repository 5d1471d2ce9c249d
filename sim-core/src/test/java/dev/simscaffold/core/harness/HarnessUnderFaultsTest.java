package dev.simscaffold.core.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.Ledger.Account;
import dev.simscaffold.core.harness.Ledger.Op;
import dev.simscaffold.core.harness.Ledger.Out;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seeded randomized checks of the harness's own bookkeeping under swarm-drawn faults: whatever faults a
 * seed draws, no effect is lost from the log, every delivery is accounted for, and equal-time events keep
 * their insertion order. A failure message names the seed that replays it.
 */
class HarnessUnderFaultsTest {

    private static final int SEEDS = 300;
    private static final int STEPS = 150;

    private record Delivery(int instance, Out effect, LogicalTime at) {
    }

    private record Run(SimHarness<Account, Op, Out> harness, List<Delivery> deliveries, long emitted) {
    }

    private static Run run(long seed) {
        SimRandom root = SimRandom.seeded(seed);
        FaultConfig faults = FaultConfig.swarm(root.fork("swarm"));
        List<Delivery> deliveries = new ArrayList<>();
        SimHarness<Account, Op, Out> harness = SimHarness.builder(Ledger.CORRECT)
                .seed(seed).instances(3, Ledger.OPEN).faults(faults)
                .invariant(Ledger.neverOverdrawn()).invariant(Ledger.versionsNeverDecrease())
                .effectSink((instance, effect, at) -> deliveries.add(new Delivery(instance, effect, at)))
                .build();
        SimRandom inputs = root.fork("inputs");
        long emitted = 0;
        for (int i = 0; i < STEPS; i++) {
            emitted += harness.apply(inputs.nextInt(3), Ledger.randomOp(inputs)).effects().size();
            if (inputs.chance(0.3)) {
                harness.advance(inputs.between(0, 20));
            }
        }
        return new Run(harness, deliveries, emitted);
    }

    @Test
    void noEffectIsEverLostFromTheLog() {
        for (long seed = 0; seed < SEEDS; seed++) {
            Run run = run(seed);
            List<EffectRecord<Out>> log = run.harness().effectLog();
            long primary = log.stream().filter(r -> r.fate() != EffectFate.DUPLICATED).count();
            assertThat(primary).as("seed %d: log entries for emitted effects", seed).isEqualTo(run.emitted());
        }
    }

    @Test
    void everyDeliveryIsAccountedForByTheLog() {
        for (long seed = 0; seed < SEEDS; seed++) {
            Run run = run(seed);
            List<EffectRecord<Out>> log = run.harness().effectLog();
            LogicalTime now = run.harness().now();
            long immediate = log.stream().filter(r -> r.fate() == EffectFate.DELIVERED || r.fate() == EffectFate.DUPLICATED).count();
            long delayedDue = log.stream().filter(r -> r.fate() == EffectFate.DELAYED && !r.deliverAt().isAfter(now)).count();
            long delayedPending = log.stream().filter(r -> r.fate() == EffectFate.DELAYED && r.deliverAt().isAfter(now)).count();
            assertThat(run.deliveries()).as("seed %d: deliveries", seed).hasSize((int) (immediate + delayedDue));
            assertThat(run.harness().pendingEffects()).as("seed %d: pending", seed).isEqualTo((int) delayedPending);
        }
    }

    @Test
    void deliveriesNeverGoBackInTimeAndEqualTimeDelaysKeepTheirOrder() {
        for (long seed = 0; seed < SEEDS; seed++) {
            Run run = run(seed);
            List<Delivery> deliveries = run.deliveries();
            for (int i = 1; i < deliveries.size(); i++) {
                assertThat(deliveries.get(i).at()).as("seed %d: delivery %d", seed, i).isGreaterThanOrEqualTo(deliveries.get(i - 1).at());
            }
            List<TraceEvent> events = run.harness().trace().events();
            List<String> delayedOrder = new ArrayList<>();
            List<String> deliveredOrder = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                TraceEvent event = events.get(i);
                assertThat(event.sequence()).as("seed %d", seed).isEqualTo(i);
                if (i > 0) {
                    assertThat(event.time()).as("seed %d: event %d", seed, i).isGreaterThanOrEqualTo(events.get(i - 1).time());
                }
                if (event.kind() == EventKind.EFFECT_DELAYED) {
                    String until = event.detail().substring(event.detail().lastIndexOf("until ") + 6);
                    delayedOrder.add(until + " " + event.actor() + " " + event.detail().substring(0, event.detail().lastIndexOf(" until")));
                } else if (event.kind() == EventKind.EFFECT_DELIVERED) {
                    deliveredOrder.add(event.time() + " " + event.actor() + " " + event.detail());
                }
            }
            assertThat(deliveredOrder).as("seed %d: delayed effects in (due time, insertion) order", seed)
                    .isEqualTo(stableSortByTime(delayedOrder).subList(0, deliveredOrder.size()));
        }
    }

    /** Sorts "t=N rest" lines by N only, keeping insertion order among equal times. */
    private static List<String> stableSortByTime(List<String> lines) {
        List<String> sorted = new ArrayList<>(lines);
        sorted.sort((a, b) -> Long.compare(ticks(a), ticks(b)));
        return sorted;
    }

    private static long ticks(String line) {
        return Long.parseLong(line.substring(2, line.indexOf(' ')));
    }
}
