/**
 * What can go wrong, as validated values. {@link dev.simscaffold.core.fault.FaultConfig} holds one
 * record per layer (effects, clock, network, storage), each off by default, each with a builder named after its
 * components and a swarm factory, plus presets.
 */
package dev.simscaffold.core.fault;
