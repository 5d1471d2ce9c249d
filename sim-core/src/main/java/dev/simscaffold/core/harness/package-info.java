/**
 * Simulation of pure state machines (Type A modules). A
 * {@link dev.simscaffold.core.harness.StateMachine} maps (state, input, now) to a
 * {@link dev.simscaffold.core.harness.Step}; {@link dev.simscaffold.core.harness.SimHarness} drives N
 * instances, injects clock and effect faults and checks named
 * {@link dev.simscaffold.core.harness.Invariant}s after every step.
 */
package dev.simscaffold.core.harness;
