package dev.simscaffold.core.net.doc;

/**
 * The message of the README's SimNetwork example.
 *
 * @param value the sender's current maximum
 */
record Max(long value) {
}
