package dev.simscaffold.corpus.lease;

import dev.simscaffold.core.harness.Addressed;
import dev.simscaffold.core.harness.EffectRouter;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.time.LogicalTime;
import java.util.Optional;

/**
 * The lease of {@link LeaseTable} replicated between two {@code SimHarness} instances by routed effects (sim-bench's
 * routed exhaustive benchmark searches it): every change of holder on one instance announces (holder, epoch) to
 * the other, which adopts an announcement with a newer epoch.
 */
public final class ReplicatedLeaseTable implements StateMachine<LeaseTable.Lease, ReplicatedLeaseTable.Input, ReplicatedLeaseTable.Announce> {

    /** What an instance handles: a client's request, or the other instance's announcement. */
    public sealed interface Input permits Client, Sync {
    }

    /**
     * A client's request.
     *
     * @param request acquire or release
     */
    public record Client(LeaseTable.Request request) implements Input {
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

    private final LeaseTable lease = new LeaseTable();
    private final boolean adoptsAnyEpoch;

    /**
     * Creates the machine.
     *
     * @param adoptsAnyEpoch true plants {@link ReplicatedLeaseBug#ADOPTS_ANY_EPOCH}
     */
    public ReplicatedLeaseTable(boolean adoptsAnyEpoch) {
        this.adoptsAnyEpoch = adoptsAnyEpoch;
    }

    @Override
    public Step<LeaseTable.Lease, Announce> transition(LeaseTable.Lease state, Input input, LogicalTime now) {
        if (input instanceof Sync sync) {
            boolean adopt = adoptsAnyEpoch ? sync.epoch() != state.epoch() : sync.epoch() > state.epoch();
            if (!adopt) {
                return Step.of(state);
            }
            return Step.of(new LeaseTable.Lease(sync.holder(), sync.epoch(), sync.holder() < 0 ? 0 : now.ticks() + LeaseTable.LEASE_TICKS));
        }
        LeaseTable.Lease next = lease.transition(state, ((Client) input).request(), now).state();
        if (next.holder() != state.holder()) {
            return Step.of(next, new Announce(next.holder(), next.epoch()));
        }
        return Step.of(next);
    }
}
