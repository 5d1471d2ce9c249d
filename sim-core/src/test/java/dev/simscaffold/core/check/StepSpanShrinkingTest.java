package dev.simscaffold.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.TraceEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deleting an input deletes the fault decisions of the steps it caused. Inputs are drawn first (as a
 * list) and applied later, each step drawing its clock jump from another fork; without spans, deleting
 * an input slides every later jump onto another step and the failure disappears.
 *
 * <p>The toy protocol: a SEND is answered by a RECV that the test feeds back as the next input. The
 * planted bug is the assumption that a reply arrives at the time it was sent, which a clock jump
 * between a SEND and its RECV breaks. The smallest failure is one SEND and one jump.
 */
class StepSpanShrinkingTest {

    enum Message { NOOP, SEND, RECV }

    /** Time of the unanswered SEND (-1 for none) and how late the last reply was. */
    record Link(long sentAt, long lastLatency) {
    }

    record Scenario(List<Message> inputs, SimRandom random) {
    }

    private static final Gen<Scenario> SCENARIOS = Gen.zip(
            Gen.lists(Gen.pick(Message.NOOP, Message.SEND), 0, 20), Gen.liveRandom(), Scenario::new);

    private static final FaultConfig JUMPS = FaultConfig.builder().clock(c -> c.jumpRate(0.15).maxJumpTicks(3)).build();

    static void run(Scenario scenario) {
        Deque<Message> mailbox = new ArrayDeque<>();
        SimHarness<Link, Message, Message> harness = SimHarness.<Link, Message, Message>builder((link, message, now) -> switch (message) {
                    case NOOP -> Step.of(link);
                    case SEND -> Step.of(new Link(now.ticks(), link.lastLatency()), Message.RECV);
                    case RECV -> Step.of(new Link(-1, link.sentAt() < 0 ? 0 : now.ticks() - link.sentAt()));
                })
                .context(new SimContext(scenario.random()))
                .instances(1, new Link(-1, 0))
                .faults(JUMPS)
                .effectSink((instance, reply, at) -> mailbox.add(reply))
                .expect(Expectation.always("a reply arrives when it was sent", view -> view.states().get(0).lastLatency() == 0
                        ? List.of() : List.of("the reply came " + view.states().get(0).lastLatency() + " ticks late")))
                .build();
        for (Message input : scenario.inputs()) {
            harness.apply(0, input);
            while (!mailbox.isEmpty()) {
                harness.apply(0, mailbox.poll());
            }
        }
    }

    @Test
    void aLateReplyShrinksToOneSendAndOneJumpInNineteenOfTwentySeeds() {
        List<String> misses = new ArrayList<>();
        for (long seed = 1; seed <= 20; seed++) {
            Falsified<Scenario> failure = falsify(seed);
            List<Message> inputs = failure.shrunk().value().inputs();
            long jumps = jumps(failure.shrunk().failure());
            if (!inputs.equals(List.of(Message.SEND)) || jumps != 1) {
                misses.add("seed " + seed + ": " + inputs + " with " + jumps + " jumps");
            }
        }
        assertThat(misses).as("seeds that did not shrink to [SEND] + 1 jump").isEmpty();
    }

    @Test
    void everyStepDrawsInsideItsOwnSpan() {
        Falsified<Scenario> failure = falsify(3);
        Counterexample<Scenario> shrunk = failure.shrunk();

        assertThat(shrunk.spanCounts()).containsEntry("harness.step", 2).containsKey("list.element");
        assertThat(shrunk.spans()).filteredOn(span -> span.label().equals("harness.step")).allMatch(span -> span.size() >= 1);
        assertThat(shrunk.decisions()).filteredOn(decision -> decision.span().label().equals("harness.step"))
                .singleElement().satisfies(jump -> {
                    assertThat(jump.ordinal()).isEqualTo(2);
                    assertThat(jump.choices()).containsOnlyKeys(new ForkPath(List.of("clock")));
                });
    }

    private static Falsified<Scenario> falsify(long seed) {
        PropertyResult<Scenario> result = PropertyRunner.check(SCENARIOS, PropertySettings.seeded(seed), StepSpanShrinkingTest::run);
        assertThat(result).as("seed " + seed).isInstanceOf(Falsified.class);
        return (Falsified<Scenario>) result;
    }

    static long jumps(Throwable failure) {
        assertThat(failure).isInstanceOf(InvariantViolationError.class);
        List<TraceEvent> events = ((InvariantViolationError) failure).trace().events();
        return events.stream().filter(event -> event.kind() == EventKind.CLOCK_JUMP).count();
    }
}
