package dev.simscaffold.core.net;

import java.util.function.Consumer;

/**
 * An action invoked on a paused node, waiting for it to resume.
 *
 * @param <N> the node type
 * @param label what the action is, as traced
 * @param action what to do to the node
 */
record QueuedInvoke<N>(String label, Consumer<? super N> action) implements Parked {
}
