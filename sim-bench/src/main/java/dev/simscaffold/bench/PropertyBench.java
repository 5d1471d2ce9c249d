package dev.simscaffold.bench;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyResult;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.TraceMode;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The property engine on the README's counter harness: a client learns the count from acknowledgements,
 * and the invariant says it knows the count once it reaches 3. {@link #tries()} runs the property with
 * a reliable network (it passes), so one operation is one try and 10⁶ / score is tries per second;
 * {@link #shrink()} plants the bug (acknowledgements may be lost) and times finding and shrinking it from
 * a fixed seed. The bare loop is one try written by hand: draw the same-sized command list from a
 * {@code SimRandom}, apply it to the counter and check the invariant after every command.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PropertyBench extends BenchDefaults {

    /** Tries per {@link #tries()} invocation. */
    static final int TRIES = 100;

    private static final int MAX_COMMANDS = 40;
    private static final long SEED = 20261201;

    /** What a client asks the counter. */
    enum Command { READ, INCREMENT }

    /**
     * One generated test case.
     *
     * @param commands what the client does
     * @param random the live stream the harness decides its faults from
     */
    record Scenario(List<Command> commands, SimRandom random) {
    }

    private static final Gen<Scenario> SCENARIOS = Gen.zip(Gen.lists(Gen.pick(Command.READ, Command.INCREMENT), 0, MAX_COMMANDS),
            Gen.liveRandom(), Scenario::new);

    private long bareSeed = SEED;

    /** Runs one scenario on the harness; lossy acknowledgements plant the bug. */
    static void runScenario(Scenario scenario, boolean lossyAcks) {
        int[] clientKnows = {0};
        FaultConfig faults = lossyAcks ? FaultConfig.builder().effects(e -> e.dropRate(0.1).duplicateRate(0.1)).build() : FaultConfig.none();
        SimHarness<Integer, Command, Integer> harness = SimHarness.<Integer, Command, Integer>builder(
                        (count, command, now) -> command == Command.INCREMENT ? Step.of(count + 1, List.of(count + 1)) : Step.of(count))
                .context(new SimContext(scenario.random())).instances(1, 0).faults(faults)
                .effectSink((instance, acked, at) -> clientKnows[0] = Math.max(clientKnows[0], acked))
                .expect(Expectation.always("the client knows the count once it reaches 3", view ->
                        view.state(0) >= 3 && clientKnows[0] != view.state(0)
                                ? List.of("count " + view.state(0) + ", client knows " + clientKnows[0]) : List.of()))
                .traceMode(TraceMode.FINGERPRINT_ONLY).build();
        scenario.commands().forEach(command -> harness.apply(0, command));
    }

    /**
     * {@link #TRIES} tries of the passing property through the engine.
     *
     * @return how many tries ran, so nothing is dead code
     */
    @Benchmark
    @OperationsPerInvocation(TRIES)
    public long tries() {
        PropertyResult<Scenario> result = PropertyRunner.check(SCENARIOS, PropertySettings.seeded(SEED).withTries(TRIES),
                scenario -> runScenario(scenario, false));
        if (result instanceof Falsified<Scenario> falsified) {
            throw new IllegalStateException("the reliable counter must pass, but failed: " + falsified.shrunk());
        }
        return TRIES;
    }

    /**
     * Finds and shrinks the planted bug from a fixed seed: one operation is the whole failing run.
     *
     * @return the shrunk counterexample's command count (3: three increments and one lost acknowledgement)
     */
    @Benchmark
    public long shrink() {
        PropertyResult<Scenario> result = PropertyRunner.check(SCENARIOS, PropertySettings.seeded(SEED), scenario -> runScenario(scenario, true));
        if (!(result instanceof Falsified<Scenario> falsified)) {
            throw new IllegalStateException("the planted bug (lost acknowledgements) must be found from seed " + SEED);
        }
        return falsified.shrunk().value().commands().size();
    }

    /**
     * {@link #TRIES} hand-written tries: draw a command list, apply it, check the invariant each time.
     *
     * @return the final counts summed, so nothing is dead code
     */
    @Benchmark
    @OperationsPerInvocation(TRIES)
    public long bareLoop() {
        long sum = 0;
        for (int t = 0; t < TRIES; t++) {
            SimRandom random = SimRandom.seeded(bareSeed++);
            int size = random.nextInt(MAX_COMMANDS + 1);
            int count = 0;
            int clientKnows = 0;
            for (int i = 0; i < size; i++) {
                if (random.chance(0.5)) {
                    count++;
                    clientKnows = Math.max(clientKnows, count);
                }
                if (count >= 3 && clientKnows != count) {
                    throw new IllegalStateException("count " + count + ", client knows " + clientKnows);
                }
            }
            sum += count;
        }
        return sum;
    }
}
