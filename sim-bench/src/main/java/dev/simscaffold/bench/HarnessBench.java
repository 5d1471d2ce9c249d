package dev.simscaffold.bench;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.lease.LeaseTable;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code SimHarness} against a bare loop calling {@link LeaseTable#transition} directly: 3 lease
 * instances, a pre-drawn cycle of acquire/release requests from 4 clients, one {@code apply} plus one
 * {@code advance(1)} per step, fingerprint-only trace, no invariants, no faults. One operation is one step,
 * so the scores are ns/step and the ratio {@code simHarness / bareLoop} is the harness's overhead.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HarnessBench extends BenchDefaults {

    /** Steps per benchmark invocation. */
    static final int STEPS = 1_000;

    private static final int INSTANCES = 3;
    private static final int CLIENTS = 4;
    private static final int INPUTS = 1 << 12;

    private final LeaseTable machine = new LeaseTable();
    private LeaseTable.Request[] requests;
    private int[] targets;
    private int cursor;
    private SimHarness<LeaseTable.Lease, LeaseTable.Request, Void> harness;
    private SimHarness<LeaseTable.Lease, LeaseTable.Request, Void> checked;
    private int bareCursor;
    private LeaseTable.Lease[] bareStates;
    private LogicalTime bareNow;

    /** Draws the request cycle and builds the harness and the bare loop's states once per trial. */
    @Setup
    public void setUp() {
        SimRandom random = SimRandom.seeded(7);
        requests = new LeaseTable.Request[INPUTS];
        targets = new int[INPUTS];
        for (int i = 0; i < INPUTS; i++) {
            int client = random.nextInt(CLIENTS);
            requests[i] = random.chance(0.7) ? new LeaseTable.Acquire(client) : new LeaseTable.Release(client);
            targets[i] = random.nextInt(INSTANCES);
        }
        harness = SimHarness.builder(machine).seed(7).instances(INSTANCES, LeaseTable.Lease.FREE)
                .traceMode(TraceMode.FINGERPRINT_ONLY).build();
        checked = SimHarness.builder(machine).seed(7).instances(INSTANCES, LeaseTable.Lease.FREE)
                .expect(Expectation.always("leases are well-formed", view -> wellFormed(view.states(), view.now())))
                .traceMode(TraceMode.FINGERPRINT_ONLY).build();
        bareStates = new LeaseTable.Lease[INSTANCES];
        java.util.Arrays.fill(bareStates, LeaseTable.Lease.FREE);
        bareNow = LogicalTime.ZERO;
    }

    /**
     * {@link #STEPS} steps of {@code apply} + {@code advance(1)}.
     *
     * @return the step count, so nothing is dead code
     */
    @Benchmark
    @OperationsPerInvocation(STEPS)
    public long simHarness() {
        for (int i = 0; i < STEPS; i++) {
            int k = cursor++ & (INPUTS - 1);
            harness.apply(targets[k], requests[k]);
            harness.advance(1);
        }
        return harness.steps();
    }

    private static List<String> wellFormed(List<LeaseTable.Lease> leases, LogicalTime now) {
        for (LeaseTable.Lease lease : leases) {
            if (lease.holder() < -1 || lease.holder() >= CLIENTS || lease.epoch() < 0) {
                return List.of("malformed " + lease);
            }
        }
        return List.of();
    }

    /**
     * As {@link #simHarness()} with one cheap invariant over all instances, checked after every
     * {@code apply} and {@code advance}.
     *
     * @return the step count, so nothing is dead code
     */
    @Benchmark
    @OperationsPerInvocation(STEPS)
    public long simHarnessInvariant() {
        for (int i = 0; i < STEPS; i++) {
            int k = cursor++ & (INPUTS - 1);
            checked.apply(targets[k], requests[k]);
            checked.advance(1);
        }
        return checked.steps();
    }

    /**
     * {@link #STEPS} steps of {@code transition} and a clock tick.
     *
     * @return the last epoch, so nothing is dead code
     */
    @Benchmark
    @OperationsPerInvocation(STEPS)
    public long bareLoop() {
        long sum = 0;
        for (int i = 0; i < STEPS; i++) {
            int k = bareCursor++ & (INPUTS - 1);
            int target = targets[k];
            LeaseTable.Lease next = machine.transition(bareStates[target], requests[k], bareNow).state();
            bareStates[target] = next;
            bareNow = bareNow.advance(1);
            sum += next.epoch();
        }
        return sum;
    }
}
