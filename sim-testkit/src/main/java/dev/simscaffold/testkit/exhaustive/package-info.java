/** Exhaustive breadth-first exploration of small state-machine configurations, with shortest counterexamples. */
package dev.simscaffold.testkit.exhaustive;
