package dev.simscaffold.corpus.lease;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.RunVerdict;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs {@link ReplicatedLeaseTable} on two {@code SimHarness} instances: {@link #REQUESTS} random acquires and
 * releases by two clients at random instances, a few ticks apart, with the announcements routed between the
 * instances under effect faults, and {@value #EPOCHS_NEVER_GO_BACK} checked at every step.
 */
public final class ReplicatedLeaseRun {

    /** The name of the transition invariant. */
    public static final String EPOCHS_NEVER_GO_BACK = "an instance's epoch never goes back";
    /** How many client requests a run makes. */
    public static final int REQUESTS = 100;

    private ReplicatedLeaseRun() {
    }

    /**
     * Runs one workload.
     *
     * @param seed the run's seed: the workload, the harness and its effect faults
     * @param bugs the planted bugs, empty for the correct protocol
     * @param faults the faults; their effect layer drops, duplicates and delays announcements
     * @return the verdict
     */
    public static RunVerdict run(long seed, Set<ReplicatedLeaseBug> bugs, FaultConfig faults) {
        SimHarness<LeaseTable.Lease, ReplicatedLeaseTable.Input, ReplicatedLeaseTable.Announce> harness =
                SimHarness.builder(new ReplicatedLeaseTable(bugs.contains(ReplicatedLeaseBug.ADOPTS_ANY_EPOCH)))
                        .seed(seed)
                        .instances(2, LeaseTable.Lease.FREE)
                        .router(ReplicatedLeaseTable.ROUTER)
                        .faults(faults)
                        .traceMode(TraceMode.FINGERPRINT_ONLY)
                        .expectStep(Expectation.always(EPOCHS_NEVER_GO_BACK, step -> step.after().epoch() < step.before().epoch()
                                ? List.of("instance " + step.instance() + " went from " + step.before() + " to " + step.after() + " on " + step.input())
                                : List.of()))
                        .build();
        SimRandom workload = harness.context().fork("workload");
        try {
            for (int i = 0; i < REQUESTS; i++) {
                int client = workload.nextInt(2);
                LeaseTable.Request request = workload.chance(0.7) ? new LeaseTable.Acquire(client) : new LeaseTable.Release(client);
                harness.apply(workload.nextInt(2), new ReplicatedLeaseTable.Client(request));
                harness.advance(workload.between(0, 4));
            }
        } catch (InvariantViolationError violation) {
            return RunVerdict.violated(violation, harness);
        }
        return RunVerdict.ended(Optional.empty(), "", harness);
    }
}
