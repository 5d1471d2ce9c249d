package dev.simscaffold.bench;

import dev.simscaffold.core.harness.Addressed;
import dev.simscaffold.core.harness.EffectRouter;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.time.LogicalTime;
import java.util.Optional;

/**
 * The lease of {@link LeaseMachine} replicated between two instances by routed effects, for
 * {@link RoutedExhaustiveBench}: every change of holder on one instance announces (holder, epoch) to the
 * other, which adopts an announcement with a newer epoch. The messages in flight are what make the
 * search's worlds larger than their states.
 */
public final class ReplicatedLease implements StateMachine<LeaseMachine.Lease, ReplicatedLease.Input, ReplicatedLease.Announce> {

    /** What an instance handles: a client's request, or the other instance's announcement. */
    public sealed interface Input permits Client, Sync {
    }

    /**
     * A client's request.
     *
     * @param request acquire or release
     */
    public record Client(LeaseMachine.Request request) implements Input {
    }

    /**
     * The other instance's announcement, delivered.
     *
     * @param holder the new holder, or -1
     * @param epoch its fencing epoch
     */
    public record Sync(int holder, long epoch) implements Input {
    }

    /**
     * The effect of a change of holder.
     *
     * @param holder the new holder, or -1
     * @param epoch its fencing epoch
     */
    public record Announce(int holder, long epoch) {
    }

    /** Sends every announcement to the other of two instances. */
    public static final EffectRouter<Announce, Input> ROUTER =
            (from, effect) -> Optional.of(new Addressed<>(1 - from, new Sync(effect.holder(), effect.epoch())));

    private final LeaseMachine lease = new LeaseMachine();

    @Override
    public Step<LeaseMachine.Lease, Announce> transition(LeaseMachine.Lease state, Input input, LogicalTime now) {
        if (input instanceof Sync sync) {
            if (sync.epoch() <= state.epoch()) {
                return Step.of(state);
            }
            return Step.of(new LeaseMachine.Lease(sync.holder(), sync.epoch(), sync.holder() < 0 ? 0 : now.ticks() + LeaseMachine.LEASE_TICKS));
        }
        LeaseMachine.Lease next = lease.transition(state, ((Client) input).request(), now).state();
        if (next.holder() != state.holder()) {
            return Step.of(next, new Announce(next.holder(), next.epoch()));
        }
        return Step.of(next);
    }
}
