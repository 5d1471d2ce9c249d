/**
 * The failure experience of simulation tests: one report for properties, sweeps, campaigns and plain tests
 * (verdict, seed, strategy and replay command, shrunk inputs and the faults that fired, then the events
 * where the failure happened), at most 200 lines, and the full trace written under
 * {@code target/sim-traces/} with the choice sequence and each node's state. A failure whose run kept no
 * full trace is re-run once with full traces, checked to be the same run.
 */
package dev.simscaffold.testkit.report;
