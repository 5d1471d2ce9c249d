package dev.simscaffold.core.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.harness.Relay.In;
import dev.simscaffold.core.harness.Relay.Node;
import dev.simscaffold.core.harness.Relay.Out;
import dev.simscaffold.core.harness.Relay.Send;
import dev.simscaffold.core.random.RandomSource;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every step, external or routed, is one "harness.step" span on the context's root stream. */
class SpansTest {

    /** Passes draws through and writes down the spans opened and closed on it. */
    static final class SpanRecorder implements RandomSource {
        final List<String> events = new ArrayList<>();
        private final RandomSource delegate;

        SpanRecorder(long seed) {
            this.delegate = SimRandom.seeded(seed).source();
        }

        @Override
        public long nextLong() {
            return delegate.nextLong();
        }

        @Override
        public long nextLong(long bound) {
            return delegate.nextLong(bound);
        }

        @Override
        public boolean nextBoolean(double probability) {
            return delegate.nextBoolean(probability);
        }

        @Override
        public RandomSource fork(String purpose) {
            return delegate.fork(purpose);
        }

        @Override
        public long seed() {
            return delegate.seed();
        }

        @Override
        public void startSpan(String label) {
            events.add("start " + label);
        }

        @Override
        public void endSpan() {
            events.add("end");
        }
    }

    @Test
    void eachApplyAndEachRoutedDeliveryIsASpan() {
        SpanRecorder recorder = new SpanRecorder(11);
        SimHarness<Node, In, Out> harness = SimHarness.builder(Relay.MACHINE)
                .context(new SimContext(new SimRandom(recorder))).initialStates(Relay.nodes(2)).router(Relay.ROUTER).build();

        harness.apply(0, new Send(1, "a"));
        assertThat(recorder.events).containsExactly("start harness.step", "end");

        harness.advance(0);
        assertThat(recorder.events).containsExactly("start harness.step", "end", "start harness.step", "end");
    }

    /** Deliveries the scheduler makes before an input nest in that input's span; either way, one span per step. */
    @Test
    void everyStepIsOneSpanWhateverTheSchedulerChooses() {
        boolean sawNesting = false;
        for (long seed = 0; seed < 20; seed++) {
            SpanRecorder recorder = new SpanRecorder(seed);
            SimHarness<Node, In, Out> harness = SimHarness.builder(Relay.MACHINE)
                    .context(new SimContext(new SimRandom(recorder))).initialStates(Relay.nodes(2)).router(Relay.ROUTER).build();
            harness.apply(0, new Send(1, "a"));
            harness.apply(1, new Send(0, "b"));
            harness.advance(0);

            assertThat(recorder.events.stream().filter(e -> e.equals("start harness.step")).count()).isEqualTo(harness.steps());
            assertThat(recorder.events.stream().filter(e -> e.equals("end")).count()).isEqualTo(harness.steps());
            sawNesting |= String.join(",", recorder.events).contains("start harness.step,start harness.step,end,end");
        }
        assertThat(sawNesting).as("some seed delivers before the second input").isTrue();
    }
}
