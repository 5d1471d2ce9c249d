package dev.simscaffold.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Work another thread asks of the loop thread, with its result. A refusal ({@code IllegalArgumentException},
 * {@code IllegalStateException} thrown before any node is called) goes to the caller alone; anything a node
 * throws also stops the runtime, as it fails a simulated run.
 *
 * @param <T> the result
 */
final class Request<T> implements Runnable {

    final CompletableFuture<T> result = new CompletableFuture<>();
    private final Supplier<T> work;

    Request(Supplier<T> work) {
        this.work = work;
    }

    @Override
    public void run() {
        T value;
        try {
            value = work.get();
        } catch (Refused refused) {
            result.completeExceptionally(refused.getCause());
            return;
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
            throw e;
        }
        result.complete(value);
    }

    /** Carries a refusal out of the work without stopping the loop. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(RuntimeException refusal) {
            super(refusal.getMessage(), refusal, false, false);
        }
    }
}
