/**
 * sim-core's entry points. {@link dev.simscaffold.core.SimContext} owns a run's seed, clock and root
 * random stream; {@link dev.simscaffold.core.InvariantViolationError} is how every simulator reports
 * a broken invariant. The subpackages hold time, randomness, faults, the state-machine harness and
 * the trace.
 */
package dev.simscaffold.core;
