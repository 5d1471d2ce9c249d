/**
 * Raft (Ongaro and Ousterhout) with its term, vote and log in a write-ahead log on the simulated disks, a
 * key-value state machine and clients whose history is checked for linearizability; three classic bugs can be
 * planted ({@link dev.simscaffold.corpus.raft.RaftBug}).
 *
 * <pre>{@code
 * RaftSetup setup = RaftSetup.correct().withFaults(RaftSetup.realisticFaults()).withTraceMode(TraceMode.FINGERPRINT_ONLY);
 * RunVerdict verdict = RaftCluster.start(seed, setup).runThenRecover(600, 400);
 * verdict.failed();   // empty, or "election safety", "log matching", "leader completeness",
 *                     // "state machine safety", "liveness: ..." or "linearizability"
 * RunVerdict figure8 = RaftScenarios.figure8(1, EnumSet.of(RaftBug.FIGURE_8_COMMIT));   // "leader completeness"
 * }</pre>
 *
 * <p>Servers ({@link dev.simscaffold.corpus.raft.RaftServer}) are {@code node-0} on, each on a machine with a
 * disk; clients ({@link dev.simscaffold.corpus.raft.RaftClient}) follow. The four invariants of the paper's
 * Figure 3 are checked after every event: {@link dev.simscaffold.corpus.raft.ElectionSafety},
 * {@link dev.simscaffold.corpus.raft.LogMatching}, {@link dev.simscaffold.corpus.raft.LeaderCompleteness} and
 * {@link dev.simscaffold.corpus.raft.StateMachineSafety}. {@link dev.simscaffold.corpus.raft.RaftSituations} counts, as
 * {@code sometimes} expectations, how often a run reached the situations those properties are about. {@link dev.simscaffold.corpus.raft.RaftScenarios}
 * holds the scripted runs in which each planted bug fails its invariant.
 */
package dev.simscaffold.corpus.raft;
