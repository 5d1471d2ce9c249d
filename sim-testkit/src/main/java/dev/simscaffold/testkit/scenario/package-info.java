/**
 * What a scenario does to a state machine: {@link dev.simscaffold.testkit.scenario.Action}s that apply inputs
 * to instances or let time pass, generated at random by
 * {@link dev.simscaffold.testkit.scenario.ActionSequences} or enumerated by exhaustive search.
 */
package dev.simscaffold.testkit.scenario;
