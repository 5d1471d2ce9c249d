/**
 * The failure experience of simulation tests: an ordered report (invariant, seed and replay command,
 * shrunk inputs, last events) and the full trace written under {@code target/sim-traces/}.
 */
package dev.simscaffold.testkit.report;
