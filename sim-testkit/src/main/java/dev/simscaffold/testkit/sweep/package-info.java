/** Seed sweeps steered by {@code sim.seed}, {@code sim.seeds} and {@code sim.shard}, with per-shard summaries. */
package dev.simscaffold.testkit.sweep;
