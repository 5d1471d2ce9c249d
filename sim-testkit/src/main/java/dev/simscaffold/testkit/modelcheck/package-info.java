/**
 * Model checking of {@link dev.simscaffold.core.net.SimNetwork}s of sans-IO nodes: breadth- and depth-first
 * search over every run within fault budgets, each counterexample a run the network replays.
 */
package dev.simscaffold.testkit.modelcheck;
