/**
 * What can go wrong, as validated values. {@link dev.simscaffold.core.fault.FaultConfig} holds one
 * record per layer (effects, clock, network), each off by default, with presets and a swarm factory.
 */
package dev.simscaffold.core.fault;
