/**
 * Simulation of pure state machines (Type A modules). A
 * {@link dev.simscaffold.core.harness.StateMachine} maps (state, input, now) to a
 * {@link dev.simscaffold.core.harness.Step}; {@link dev.simscaffold.core.harness.SimHarness} drives N
 * instances, injects clock and effect faults, routes effects addressed to other instances
 * ({@link dev.simscaffold.core.harness.EffectRouter}) and, after every step, checks named
 * {@link dev.simscaffold.core.harness.Invariant}s and
 * {@link dev.simscaffold.core.harness.TransitionInvariant}s and counts
 * {@link dev.simscaffold.core.harness.Sometimes} conditions.
 */
package dev.simscaffold.core.harness;
