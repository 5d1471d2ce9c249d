/**
 * Simulated time. {@link dev.simscaffold.core.time.LogicalTime} is passed into every piece of simulated
 * logic; nothing in a simulation reads the wall clock.
 */
package dev.simscaffold.core.time;
