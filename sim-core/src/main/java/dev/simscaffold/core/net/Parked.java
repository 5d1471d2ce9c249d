package dev.simscaffold.core.net;

/**
 * What waits at a paused node, in arrival order, until it resumes: a message or an invoked action.
 */
sealed interface Parked permits Envelope, QueuedInvoke {
}
