package dev.simscaffold.generator.api;

/** What a generation ends with: a {@link Report} of the module written, or a {@link Refusal} with nothing left behind. */
public sealed interface Outcome permits Report, Refusal {
}
