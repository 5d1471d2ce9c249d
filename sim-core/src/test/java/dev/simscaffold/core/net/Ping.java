package dev.simscaffold.core.net;

/**
 * The message of the mechanism tests: who sent it, when, and a number to check order.
 *
 * @param sentAt network time of the send, in ticks
 * @param n a sequence number chosen by the test
 */
record Ping(long sentAt, int n) {
}
