/**
 * Portable, forkable randomness. {@link dev.simscaffold.core.random.SimRandom} is the only source of
 * chance a simulation may use; its default generator is our own xoshiro256** so that a seed means the
 * same run on every JDK.
 *
 * <pre>{@code
 * SimRandom root = SimRandom.seeded(42);
 * SimRandom loss = root.fork("network.loss");   // independent of every other fork
 * boolean dropped = loss.chance(0.05);
 * }</pre>
 */
package dev.simscaffold.core.random;
