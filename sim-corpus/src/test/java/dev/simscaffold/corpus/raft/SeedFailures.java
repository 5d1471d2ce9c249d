package dev.simscaffold.corpus.raft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.RunVerdict;

/** Counts the seeds of a setup that fail, as the fault-kind tests of the corpus Raft measure a kind. */
final class SeedFailures {

    private SeedFailures() {
    }

    /**
     * Runs seeds {@code 1..seeds} of {@code setup} (fingerprints only) for 600 ticks of faults and 400 of recovery, and
     * counts the failures; each must have failed {@code check}, so a run that breaks something else fails the test.
     *
     * @param seeds how many seeds
     * @param setup the Raft, its bugs and faults
     * @param check the check every failure must name ({@code ""} for the correct Raft, where any failure counts)
     * @return how many seeds failed
     */
    static int count(int seeds, RaftSetup setup, String check) {
        int failed = 0;
        for (long seed = 1; seed <= seeds; seed++) {
            RunVerdict verdict = RaftCluster.start(seed, setup.withTraceMode(TraceMode.FINGERPRINT_ONLY)).runThenRecover(600, 400);
            if (!verdict.passed()) {
                assertThat(verdict.failed()).as("seed %d: %s", seed, verdict.report()).contains(check);
                failed++;
            }
        }
        return failed;
    }
}
