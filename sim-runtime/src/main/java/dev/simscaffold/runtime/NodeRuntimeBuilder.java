package dev.simscaffold.runtime;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.expect.Kind;
import dev.simscaffold.core.net.DiskNodeFactory;
import dev.simscaffold.core.net.Durable;
import dev.simscaffold.core.net.DurableNodeFactory;
import dev.simscaffold.core.net.NodeFactory;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.StorageNode;
import dev.simscaffold.core.random.SimRandom;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Configures a {@link NodeRuntime}: the cluster's addresses (every node, {@code node-0..node-(n-1)}, as the
 * nodes' code counts them), which of them this runtime hosts, the tick length, the largest datagram and
 * the seed of the nodes' random streams; then starts it with the kind of factory the simulation used.
 * Every bad value is refused naming it, before any socket is opened.
 *
 * @param <M> the message type
 */
@Api(Api.Status.EXPERIMENTAL)
public final class NodeRuntimeBuilder<M> {

    /** The highest UDP port. */
    public static final int MAX_PORT = 65_535;

    private final MessageCodec<M> codec;
    private final TreeMap<NodeId, InetSocketAddress> cluster = new TreeMap<>();
    private final TreeSet<NodeId> hosted = new TreeSet<>();
    private TickMapping ticks = new TickMapping(10);
    private int maxDatagramBytes = Wire.MAX_UDP_PAYLOAD;
    private long seed = System.nanoTime();
    private final List<M> samples = new ArrayList<>();
    private final List<Expectation<? super NetworkView<M>>> always = new ArrayList<>();

    NodeRuntimeBuilder(MessageCodec<M> codec) {
        this.codec = codec;
    }

    /**
     * Says where one node of the cluster listens. Port 0 asks the system for a free port, which only a
     * node this runtime hosts can use (its peers learn the port from {@link NodeRuntime#address}).
     *
     * @param id the node
     * @param host its host name or address (tests use {@code 127.0.0.1})
     * @param port its UDP port, {@code 0..65535}
     * @return this builder
     */
    public NodeRuntimeBuilder<M> node(NodeId id, String host, int port) {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(host, "host must not be null");
        if (port < 0 || port > MAX_PORT) {
            throw new IllegalArgumentException("the port of " + id + " must be within 0.." + MAX_PORT + ", got " + port);
        }
        if (cluster.containsKey(id)) {
            throw new IllegalArgumentException(id + " is configured twice: at " + cluster.get(id) + " and " + host + ":" + port);
        }
        try {
            cluster.put(id, new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host + " for " + id, e);
        }
        return this;
    }

    /**
     * Says which nodes this runtime runs; without it, it runs every node of the cluster.
     *
     * @param ids nodes configured with {@link #node}
     * @return this builder
     */
    public NodeRuntimeBuilder<M> host(NodeId... ids) {
        for (NodeId id : ids) {
            hosted.add(Objects.requireNonNull(id, "a hosted node must not be null"));
        }
        return this;
    }

    /**
     * Sets how long a tick lasts; 10 ms unless set.
     *
     * @param millisPerTick milliseconds, {@code 1..}{@value TickMapping#MAX_MILLIS_PER_TICK}
     * @return this builder
     */
    public NodeRuntimeBuilder<M> millisPerTick(long millisPerTick) {
        this.ticks = new TickMapping(millisPerTick);
        return this;
    }

    /**
     * Sets the largest datagram sent or accepted, the runtime's header included; larger ones are dropped and
     * counted. The UDP maximum ({@value Wire#MAX_UDP_PAYLOAD}) unless set; a network with a smaller MTU wants
     * less.
     *
     * @param bytes {@code 7..65507}
     * @return this builder
     */
    public NodeRuntimeBuilder<M> maxDatagramBytes(int bytes) {
        if (bytes <= Wire.HEADER_BYTES || bytes > Wire.MAX_UDP_PAYLOAD) {
            throw new IllegalArgumentException("maxDatagramBytes must be within " + (Wire.HEADER_BYTES + 1) + ".."
                    + Wire.MAX_UDP_PAYLOAD + ", got " + bytes);
        }
        this.maxDatagramBytes = bytes;
        return this;
    }

    /**
     * Seeds the nodes' random streams, forked per node as a {@code SimNetwork} forks them; the time of
     * building unless set (a real run need not repeat, but a seed in the logs explains a node's choices).
     *
     * @param seed the seed
     * @return this builder
     */
    public NodeRuntimeBuilder<M> seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Adds a safety property judged on the hosted nodes after every event, as a {@code SimNetwork} judges it:
     * the first view that does not meet it stops the runtime, whose {@link NodeRuntime#failure()} names it. The
     * simulation's own {@code Expectation.always} objects serve unchanged.
     *
     * @param expectation an {@code always} expectation
     * @return this builder
     * @throws IllegalArgumentException if it is of another kind, naming it
     */
    public NodeRuntimeBuilder<M> expect(Expectation<? super NetworkView<M>> expectation) {
        always.add(Objects.requireNonNull(expectation, "expectation must not be null").requireKind(Kind.ALWAYS, "NodeRuntime.expect"));
        return this;
    }

    /**
     * Gives a message the codec must carry: at start, before any socket is opened, it is encoded and decoded
     * back, and a codec that throws on it, returns null, or does not give back an equal message is refused,
     * naming the message. Give one of each kind of message the nodes send.
     *
     * @param message a message the nodes may send
     * @return this builder
     */
    public NodeRuntimeBuilder<M> sample(M message) {
        samples.add(Objects.requireNonNull(message, "a sample message must not be null"));
        return this;
    }

    /**
     * Starts nodes that restart fresh.
     *
     * @param factory the simulation's factory
     * @return the running runtime
     */
    public NodeRuntime<M> start(NodeFactory<? extends SansIoNode<M>> factory) {
        return launch(new NodeMaker.Fresh<>(Objects.requireNonNull(factory, "factory must not be null")));
    }

    /**
     * Starts nodes restored from their durable value after {@link NodeRuntime#crash}.
     *
     * @param <D> the durable state
     * @param <N> the node type
     * @param factory the simulation's factory
     * @return the running runtime
     */
    public <D, N extends SansIoNode<M> & Durable<D>> NodeRuntime<M> startDurable(DurableNodeFactory<D, N> factory) {
        return launch(NodeMaker.Restoring.of(Objects.requireNonNull(factory, "factory must not be null")));
    }

    /**
     * Starts nodes on real files, {@code <directory>/node-<i>.disk}, each through a
     * {@link dev.simscaffold.core.storage.nio.NioStorageIo}; a node recovers from what its file holds.
     *
     * @param factory the simulation's factory
     * @param directory an existing directory
     * @return the running runtime
     */
    public NodeRuntime<M> startOnDisk(DiskNodeFactory<? extends StorageNode<M>> factory, Path directory) {
        Objects.requireNonNull(factory, "factory must not be null");
        if (directory == null || !Files.isDirectory(directory)) {
            throw new IllegalArgumentException("directory must be an existing directory, got " + directory);
        }
        return launch(new NodeMaker.OnDisk<>(factory, directory));
    }

    private void checkCodec() {
        for (M sample : samples) {
            byte[] bytes;
            try {
                bytes = codec.encode(sample);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("the codec throws on encode of the sample " + sample + ": " + e, e);
            }
            if (bytes == null) {
                throw new IllegalArgumentException("the codec encodes the sample " + sample + " as null");
            }
            M back;
            try {
                back = codec.decode(bytes);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("the codec cannot decode its own encoding of the sample " + sample + ": " + e, e);
            }
            if (!sample.equals(back)) {
                throw new IllegalArgumentException("the codec turns the sample " + sample + " into " + back);
            }
        }
    }

    private List<NodeId> validate() {
        checkCodec();
        if (cluster.isEmpty()) {
            throw new IllegalArgumentException("no node configured: call node(id, host, port) for each node of the cluster");
        }
        for (int i = 0; i < cluster.size(); i++) {
            if (!cluster.containsKey(NodeId.of(i))) {
                throw new IllegalArgumentException("the cluster's nodes must be node-0..node-" + (cluster.size() - 1)
                        + ", as the nodes count them: " + NodeId.of(i) + " is missing (configured " + cluster.keySet() + ")");
            }
        }
        List<NodeId> running = new ArrayList<>(hosted.isEmpty() ? cluster.keySet() : hosted);
        for (NodeId id : running) {
            if (!cluster.containsKey(id)) {
                throw new IllegalArgumentException("unknown peer " + id + " to host: the cluster has " + cluster.keySet());
            }
        }
        for (Map.Entry<NodeId, InetSocketAddress> entry : cluster.entrySet()) {
            if (entry.getValue().getPort() == 0 && !running.contains(entry.getKey())) {
                throw new IllegalArgumentException(entry.getKey() + " is not hosted here, so its port must be given, got 0");
            }
        }
        return running;
    }

    private NodeRuntime<M> launch(NodeMaker<M> maker) {
        List<NodeId> running = validate();
        List<DatagramChannel> opened = new ArrayList<>();
        Selector selector = null;
        try {
            selector = Selector.open();
            InetSocketAddress[] addresses = new InetSocketAddress[cluster.size()];
            cluster.forEach((id, address) -> addresses[id.index()] = address);
            SimRandom root = SimRandom.seeded(seed);
            Map<NodeId, Host<M>> hosts = new LinkedHashMap<>();
            for (NodeId id : running) {
                DatagramChannel channel = DatagramChannel.open();
                opened.add(channel);
                channel.bind(cluster.get(id));
                channel.configureBlocking(false);
                InetSocketAddress bound = (InetSocketAddress) channel.getLocalAddress();
                addresses[id.index()] = bound;
                Host<M> host = new Host<>(id, channel, bound, maker, root.fork(id.toString()));
                channel.register(selector, SelectionKey.OP_READ, host);
                hosts.put(id, host);
            }
            EventLoop<M> loop = new EventLoop<>(List.copyOf(hosts.values()), addresses, codec, maxDatagramBytes, ticks,
                    selector, System.nanoTime(), List.copyOf(always));
            Thread thread = new Thread(loop, "sim-runtime " + running);
            NodeRuntime<M> runtime = new NodeRuntime<>(loop, thread, Collections.unmodifiableMap(hosts), cluster.size());
            thread.start();
            runtime.awaitStarted();
            return runtime;
        } catch (IOException e) {
            for (DatagramChannel channel : opened) {
                closeQuietly(channel, e);
            }
            if (selector != null) {
                closeQuietly(selector, e);
            }
            throw new UncheckedIOException("cannot open the sockets of " + running + " at " + cluster, e);
        }
    }

    private static void closeQuietly(AutoCloseable closeable, IOException cause) {
        try {
            closeable.close();
        } catch (Exception e) {
            cause.addSuppressed(e);
        }
    }
}
