/**
 * Exhaustive breadth-first exploration of small state-machine configurations, routed messages between
 * instances and their fates included, with shortest counterexamples.
 */
package dev.simscaffold.testkit.exhaustive;
