/**
 * Simulation of pure state machines (Type A modules). A
 * {@link dev.simscaffold.core.harness.StateMachine} maps (state, input, now) to a
 * {@link dev.simscaffold.core.harness.Step}; {@link dev.simscaffold.core.harness.SimHarness} drives N
 * instances, injects clock and effect faults, routes effects addressed to other instances
 * ({@link dev.simscaffold.core.harness.EffectRouter}) and, after every step, checks the
 * {@link dev.simscaffold.core.expect.Expectation}s given over all states
 * ({@link dev.simscaffold.core.harness.HarnessView}) and over the step
 * ({@link dev.simscaffold.core.harness.Transition}). The rules of that world (step, routing, effect fates,
 * delivery order) are defined once in {@link dev.simscaffold.core.harness.HarnessModel}, which the harness
 * follows at random and sim-testkit's exhaustive search enumerates.
 */
package dev.simscaffold.core.harness;
