/**
 * Simulation of pure state machines (Type A modules). A
 * {@link dev.simscaffold.core.harness.StateMachine} maps (state, input, now) to a
 * {@link dev.simscaffold.core.harness.Step}; {@link dev.simscaffold.core.harness.SimHarness} drives N
 * instances, injects clock and effect faults, routes effects addressed to other instances
 * ({@link dev.simscaffold.core.harness.EffectRouter}) and, after every step, checks the
 * {@link dev.simscaffold.core.expect.Expectation}s given over all states
 * ({@link dev.simscaffold.core.harness.HarnessView}) and over the step
 * ({@link dev.simscaffold.core.harness.Transition}).
 */
package dev.simscaffold.core.harness;
