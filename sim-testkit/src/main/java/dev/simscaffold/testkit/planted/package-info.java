/**
 * Proof that an invariant can fail: plant a bug in a copy of the logic, and {@link
 * dev.simscaffold.testkit.planted.PlantedBug} checks that the simulation catches it with the intended
 * invariant and a seed that replays the very same failure. A check that has never been seen failing may be
 * unable to.
 */
package dev.simscaffold.testkit.planted;
