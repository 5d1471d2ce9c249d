package dev.simscaffold.runtime;

import dev.simscaffold.core.net.DiskNodeFactory;
import dev.simscaffold.core.net.Durable;
import dev.simscaffold.core.net.DurableNodeFactory;
import dev.simscaffold.core.net.NodeFactory;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.StorageNode;
import dev.simscaffold.core.storage.DiskContents;
import dev.simscaffold.core.storage.nio.NioStorageIo;
import dev.simscaffold.core.time.LogicalTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How the runtime makes the node at one address, one case per factory kind, as on a {@code SimNetwork}:
 * what survives a {@link NodeRuntime#crash} (nothing, the {@link Durable} value, the file) follows from it.
 *
 * @param <M> the message type
 */
sealed interface NodeMaker<M> {

    /** Makes the host's current incarnation; the host's disk, if any, is already closed. */
    SansIoNode<M> make(Host<M> host, LogicalTime now);

    /** Nodes that restart fresh. */
    record Fresh<M>(NodeFactory<? extends SansIoNode<M>> factory) implements NodeMaker<M> {
        @Override
        public SansIoNode<M> make(Host<M> host, LogicalTime now) {
            return factory.create(host.id, host.incarnationRandom(), now);
        }
    }

    /**
     * Nodes restored from what their previous incarnation exposed as durable; kept in this process's memory,
     * so it survives {@link NodeRuntime#crash} and {@link NodeRuntime#restart}, not the JVM.
     */
    record Restoring<M>(DurableNodeFactory<Object, ? extends SansIoNode<M>> factory) implements NodeMaker<M> {

        /** Erases the state type: the state handed back is always one this factory's node returned. */
        @SuppressWarnings("unchecked")
        static <M, D, N extends SansIoNode<M> & Durable<D>> Restoring<M> of(DurableNodeFactory<D, N> factory) {
            return new Restoring<>((DurableNodeFactory<Object, ? extends SansIoNode<M>>) (DurableNodeFactory<?, ?>) factory);
        }

        @Override
        public SansIoNode<M> make(Host<M> host, LogicalTime now) {
            return host.durableState == null
                    ? factory.create(host.id, host.incarnationRandom(), now)
                    : factory.restore(host.id, host.incarnationRandom(), host.durableState, now);
        }
    }

    /** Nodes on a real file, which recover from what it holds: one file per node in {@code directory}. */
    record OnDisk<M>(DiskNodeFactory<? extends StorageNode<M>> factory, Path directory) implements NodeMaker<M> {
        @Override
        public SansIoNode<M> make(Host<M> host, LogicalTime now) {
            Path file = directory.resolve(host.id + ".disk");
            try {
                DiskContents recovered = Files.exists(file) ? DiskContents.of(Files.readAllBytes(file)) : DiskContents.empty();
                host.disk = NioStorageIo.open(file);
                return Objects.requireNonNull(factory.create(host.id, host.incarnationRandom(), now, host.disk, recovered),
                        "the factory of " + host.id + " returned null");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the disk of " + host.id + " at " + file, e);
            }
        }
    }
}
