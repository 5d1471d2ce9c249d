package dev.simscaffold.runtime;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.net.NetworkView;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A caller of {@link NodeRuntime#await} waiting for an expectation to be met: judged on the loop thread
 * after every event, as a {@code SimNetwork} judges its expectations, remembering what was unmet last.
 *
 * @param <M> the message type
 */
final class Waiter<M> {

    final Expectation<? super NetworkView<M>> expectation;
    final CompletableFuture<List<String>> met = new CompletableFuture<>();
    List<String> lastUnmet = List.of("not judged yet");

    Waiter(Expectation<? super NetworkView<M>> expectation) {
        this.expectation = expectation;
    }

    /** Judges one view; returns whether the waiter is done (met, or its check broke). */
    boolean judge(NetworkView<M> view) {
        try {
            lastUnmet = expectation.unmet(view);
        } catch (RuntimeException broken) {
            met.completeExceptionally(broken);
            return true;
        }
        if (lastUnmet.isEmpty()) {
            met.complete(List.of());
            return true;
        }
        return false;
    }
}
