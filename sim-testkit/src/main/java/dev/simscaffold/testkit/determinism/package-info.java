/** A one-call check that a simulation replays identically from its seed. */
package dev.simscaffold.testkit.determinism;
