package dev.simscaffold.core.net.doc;

/**
 * The message of the docs/sim-network.md example.
 *
 * @param value the sender's current maximum
 */
record Max(long value) {
}
