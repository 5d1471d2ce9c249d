package dev.simscaffold.corpus;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.Simulation;
import dev.simscaffold.core.time.LogicalTime;
import java.util.Optional;

/**
 * How one run of a corpus protocol ended: the name of the first property that failed (an invariant checked
 * after every event, or an end-of-run check such as linearizability), with its report, where it failed and the
 * run's trace fingerprint, which is what a replay must reproduce. Every protocol reports the same way, so a
 * benchmark counts failures by name across the corpus.
 *
 * @param failed the failed property's name, empty when the run passed
 * @param report the failure's message, empty when the run passed
 * @param step the network event at which an invariant failed, or the run's event count
 * @param time when it failed, or when the run ended
 * @param fingerprint the trace fingerprint at that point
 */
public record RunVerdict(Optional<String> failed, String report, long step, LogicalTime time, String fingerprint) {

    /**
     * Tells whether every property held.
     *
     * @return true for a passing run
     */
    public boolean passed() {
        return failed.isEmpty();
    }

    /**
     * The verdict of a run stopped by an invariant.
     *
     * @param violation what the simulation threw
     * @param simulation the run, for its fingerprint
     * @return the verdict naming the invariant
     */
    public static RunVerdict violated(InvariantViolationError violation, Simulation simulation) {
        return new RunVerdict(Optional.of(violation.invariant()), violation.getMessage(), violation.step(), violation.time(),
                simulation.trace().fingerprintHex());
    }

    /**
     * The verdict of a run that reached its end, after its end-of-run check.
     *
     * @param failedCheck the end-of-run check that failed, empty when it passed
     * @param report that check's report, empty when it passed
     * @param simulation the run
     * @return the verdict
     */
    public static RunVerdict ended(Optional<String> failedCheck, String report, Simulation simulation) {
        return new RunVerdict(failedCheck, report, simulation.events(), simulation.now(), simulation.trace().fingerprintHex());
    }
}
