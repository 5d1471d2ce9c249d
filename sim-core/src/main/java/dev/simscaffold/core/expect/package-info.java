/**
 * One vocabulary for what must hold: an {@link dev.simscaffold.core.expect.Expectation} is a name, a
 * {@link dev.simscaffold.core.expect.Kind} (always, sometimes, eventually) and a
 * {@link dev.simscaffold.core.expect.Check} over a view of the simulation. Every explorer — a harness or
 * network run, a property, an exhaustive search, a sweep — takes the same expectations, so a property
 * written once is checked the same way however the runs are chosen.
 */
package dev.simscaffold.core.expect;
