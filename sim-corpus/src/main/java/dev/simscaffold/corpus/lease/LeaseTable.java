package dev.simscaffold.corpus.lease;

import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.time.LogicalTime;

/**
 * One lease as a state machine for {@code SimHarness} (sim-bench's harness and exhaustive benchmarks run it): a client
 * acquires a lease that is free, expired or already its own (a new holder bumps the fencing epoch) and releases
 * it only if it holds it. It has no effects; {@link ReplicatedLeaseTable} replicates it.
 */
public final class LeaseTable implements StateMachine<LeaseTable.Lease, LeaseTable.Request, Void> {

    /** How long a grant lasts, in ticks. */
    public static final long LEASE_TICKS = 10;

    /**
     * One lease.
     *
     * @param holder the client holding it, or -1
     * @param epoch the fencing epoch, bumped on every change of holder
     * @param expiresAt when the grant lapses, in ticks
     */
    public record Lease(int holder, long epoch, long expiresAt) {
        /** The free lease at epoch 0. */
        public static final Lease FREE = new Lease(-1, 0, 0);
    }

    /** What a client asks for. */
    public sealed interface Request permits Acquire, Release {
    }

    /**
     * Acquire or renew the lease.
     *
     * @param client the client
     */
    public record Acquire(int client) implements Request {
    }

    /**
     * Give the lease up.
     *
     * @param client the client
     */
    public record Release(int client) implements Request {
    }

    @Override
    public Step<Lease, Void> transition(Lease state, Request input, LogicalTime now) {
        if (input instanceof Acquire acquire) {
            int client = acquire.client();
            if (state.holder() == client) {
                return Step.of(new Lease(client, state.epoch(), now.ticks() + LEASE_TICKS));
            }
            if (state.holder() < 0 || now.ticks() >= state.expiresAt()) {
                return Step.of(new Lease(client, state.epoch() + 1, now.ticks() + LEASE_TICKS));
            }
            return Step.of(state);
        }
        Release release = (Release) input;
        if (state.holder() == release.client()) {
            return Step.of(new Lease(-1, state.epoch(), 0));
        }
        return Step.of(state);
    }
}
