package dev.simscaffold.core.net;

import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.storage.DiskContents;
import dev.simscaffold.core.time.LogicalTime;
import java.util.function.Supplier;

/**
 * How the network makes the node at one address, one case per kind of factory the builder takes, so that
 * what survives a crash (nothing, a {@link Durable} value, the disk) follows from the factory's type.
 *
 * @param <N> the node type
 */
sealed interface NodeMaker<N> {

    /**
     * Makes the node of the slot's current incarnation.
     *
     * @param slot the address, with what survived its last crash
     * @param random the incarnation's stream
     * @param now the node's local time
     * @param networkNow the network's clock, at which the node's disk operations are submitted
     */
    N make(NodeSlot<?, ?> slot, SimRandom random, LogicalTime now, Supplier<LogicalTime> networkNow);

    /** Whether this node's machine has a disk. */
    default boolean hasDisk() {
        return false;
    }

    /** Nodes that restart fresh. */
    record Fresh<N>(NodeFactory<? extends N> factory) implements NodeMaker<N> {
        @Override
        public N make(NodeSlot<?, ?> slot, SimRandom random, LogicalTime now, Supplier<LogicalTime> networkNow) {
            return factory.create(slot.id, random, now);
        }
    }

    /** Nodes restored from the durable state their previous incarnation exposed. */
    record Restoring<N>(DurableNodeFactory<Object, ? extends N> factory) implements NodeMaker<N> {

        /**
         * Erases the state type, which the builder's bounds tie to the node type: the state handed back is
         * always one the same factory's node returned.
         */
        @SuppressWarnings("unchecked")
        static <N> Restoring<N> of(DurableNodeFactory<?, ? extends N> factory) {
            return new Restoring<>((DurableNodeFactory<Object, ? extends N>) factory);
        }

        @Override
        public N make(NodeSlot<?, ?> slot, SimRandom random, LogicalTime now, Supplier<LogicalTime> networkNow) {
            return slot.durableState == null
                    ? factory.create(slot.id, random, now)
                    : factory.restore(slot.id, random, slot.durableState, now);
        }

    }

    /** Nodes on a simulated disk, which recover from what it holds. */
    record OnDisk<N>(DiskNodeFactory<? extends StorageNode<?>> factory) implements NodeMaker<N> {
        @Override
        @SuppressWarnings("unchecked")
        public N make(NodeSlot<?, ?> slot, SimRandom random, LogicalTime now, Supplier<LogicalTime> networkNow) {
            DiskContents recovered = DiskContents.of(slot.disk.disk.cachedContents());
            return (N) factory.create(slot.id, random, now, slot.disk.open(slot.name, slot.incarnation, networkNow), recovered);
        }

        @Override
        public boolean hasDisk() {
            return true;
        }
    }
}
