package dev.simscaffold.core.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyAssertions;
import dev.simscaffold.core.expect.Expectation;
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
 * Properties of the harness's own bookkeeping under swarm-drawn faults: whatever faults a test case draws,
 * no effect is lost from the log, every delivery is accounted for, and equal-time events keep their
 * insertion order. Fault configuration, inputs and fault decisions all come from the test case's recorded
 * stream, so a failure shrinks to the fewest inputs and faults that break the bookkeeping.
 */
class HarnessUnderFaultsTest {

    private static final int TRIES = 300;

    /** One input of a scenario: which instance gets which operation, and how long time passes after it. */
    private record Input(int instance, Op op, long advance) {
    }

    private record Plan(FaultConfig faults, List<Input> inputs) {
    }

    /** A generated scenario; {@code random} drives the harness's own fault decisions, so they shrink too. */
    private record Scenario(Plan plan, SimRandom random) {
    }

    private record Delivery(int instance, Out effect, LogicalTime at) {
    }

    private record Run(SimHarness<Account, Op, Out> harness, List<Delivery> deliveries, long emitted) {
    }

    private static final Gen<Input> INPUTS = Gen.of(random ->
            new Input(random.nextInt(3), Ledger.randomOp(random), random.chance(0.3) ? random.between(0, 20) : 0));

    private static final Gen<Scenario> SCENARIOS = Gen.zip(
            Gen.zip(Gen.faultConfigs(), Gen.lists(INPUTS, 1, 150), Plan::new), Gen.liveRandom(), Scenario::new);

    private static Run run(Scenario scenario) {
        List<Delivery> deliveries = new ArrayList<>();
        SimHarness<Account, Op, Out> harness = SimHarness.builder(Ledger.CORRECT)
                .context(new SimContext(scenario.random())).instances(3, Ledger.OPEN).faults(scenario.plan().faults())
                .expect(Ledger.neverOverdrawn()).expect(Ledger.versionsNeverDecrease())
                .effectSink((instance, effect, at) -> deliveries.add(new Delivery(instance, effect, at)))
                .build();
        long emitted = 0;
        for (Input input : scenario.plan().inputs()) {
            emitted += harness.apply(input.instance(), input.op()).effects().size();
            harness.advance(input.advance());
        }
        return new Run(harness, deliveries, emitted);
    }

    @Test
    void noEffectIsEverLostFromTheLog() {
        int tries = PropertyAssertions.assertHolds("no effect is lost from the log", SCENARIOS, TRIES, scenario -> {
            Run run = run(scenario);
            List<EffectRecord<Out>> log = run.harness().effectLog();
            long primary = log.stream().filter(r -> r.fate() != EffectFate.DUPLICATED).count();
            assertThat(primary).as("log entries for emitted effects").isEqualTo(run.emitted());
        });
        assertThat(tries).isEqualTo(TRIES);
    }

    @Test
    void everyDeliveryIsAccountedForByTheLog() {
        PropertyAssertions.assertHolds("every delivery is accounted for", SCENARIOS, TRIES, scenario -> {
            Run run = run(scenario);
            List<EffectRecord<Out>> log = run.harness().effectLog();
            LogicalTime now = run.harness().now();
            long immediate = log.stream().filter(r -> r.fate() == EffectFate.DELIVERED || r.fate() == EffectFate.DUPLICATED).count();
            long delayedDue = log.stream().filter(r -> r.fate() == EffectFate.DELAYED && !r.deliverAt().isAfter(now)).count();
            long delayedPending = log.stream().filter(r -> r.fate() == EffectFate.DELAYED && r.deliverAt().isAfter(now)).count();
            assertThat(run.deliveries()).as("deliveries").hasSize((int) (immediate + delayedDue));
            assertThat(run.harness().pendingEffects()).as("pending").isEqualTo((int) delayedPending);
        });
    }

    @Test
    void deliveriesNeverGoBackInTimeAndEqualTimeDelaysKeepTheirOrder() {
        PropertyAssertions.assertHolds("equal-time events keep their order", SCENARIOS, TRIES, scenario -> {
            Run run = run(scenario);
            List<Delivery> deliveries = run.deliveries();
            for (int i = 1; i < deliveries.size(); i++) {
                assertThat(deliveries.get(i).at()).as("delivery %d", i).isGreaterThanOrEqualTo(deliveries.get(i - 1).at());
            }
            List<TraceEvent> events = run.harness().trace().events();
            List<String> delayedOrder = new ArrayList<>();
            List<String> deliveredOrder = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                TraceEvent event = events.get(i);
                assertThat(event.sequence()).as("sequence").isEqualTo(i);
                if (i > 0) {
                    assertThat(event.time()).as("event %d", i).isGreaterThanOrEqualTo(events.get(i - 1).time());
                }
                if (event.kind() == EventKind.EFFECT_DELAYED) {
                    String until = event.detail().substring(event.detail().lastIndexOf("until ") + 6);
                    delayedOrder.add(until + " " + event.actor() + " " + event.detail().substring(0, event.detail().lastIndexOf(" until")));
                } else if (event.kind() == EventKind.EFFECT_DELIVERED) {
                    deliveredOrder.add(event.time() + " " + event.actor() + " " + event.detail());
                }
            }
            assertThat(deliveredOrder).as("delayed effects in (due time, insertion) order")
                    .isEqualTo(stableSortByTime(delayedOrder).subList(0, deliveredOrder.size()));
        });
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
