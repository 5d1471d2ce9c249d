package dev.simscaffold.runtime;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.StorageNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.storage.Completion;
import dev.simscaffold.core.time.LogicalTime;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;

/**
 * The one thread that drives every node a {@link NodeRuntime} hosts: it waits on a {@link Selector} for a
 * datagram or the earliest deadline, and makes the calls a {@code SimNetwork} makes, in its order:
 * creation of every node in id order, then each node drained in id order; after every input
 * ({@code handleInput}, {@code handleTimeout}, an invoked action, a disk completion) {@code pollTransmit}
 * until empty, then {@code pollTimeout} once, then the disk's completions; a node that throws stops the
 * runtime, as it fails a simulated run. Requests from other threads (invoke, crash, restart, queries) are
 * queued and run between events, so node code is only ever called from this thread and needs no locks.
 *
 * @param <M> the message type
 */
final class EventLoop<M> implements Runnable {

    /** The longest single wait, so a wait for a far deadline is never a timeout the JDK rejects. */
    private static final long MAX_WAIT_MILLIS = 60_000;
    /** The most datagrams taken from one socket before timers and requests get their turn. */
    private static final int MAX_BATCH = 64;

    private final List<Host<M>> hosts;
    private final InetSocketAddress[] addresses;
    private final MessageCodec<M> codec;
    private final int maxDatagramBytes;
    private final TickMapping ticks;
    private final Selector selector;
    private final long startNanos;
    private final ConcurrentLinkedQueue<Runnable> requests = new ConcurrentLinkedQueue<>();
    private final List<Expectation<? super NetworkView<M>>> always;
    private final List<Waiter<M>> waiters = new ArrayList<>();
    private final TreeMap<NodeId, SansIoNode<M>> live = new TreeMap<>();
    private final SortedMap<NodeId, SansIoNode<M>> liveView = Collections.unmodifiableSortedMap(live);
    final NetworkView<M> view = new LoopView();
    final CountDownLatch started = new CountDownLatch(1);
    private volatile boolean closing;
    private volatile Throwable failure;

    EventLoop(List<Host<M>> hosts, InetSocketAddress[] addresses, MessageCodec<M> codec, int maxDatagramBytes,
            TickMapping ticks, Selector selector, long startNanos, List<Expectation<? super NetworkView<M>>> always) {
        this.hosts = hosts;
        this.always = always;
        this.addresses = addresses;
        this.codec = codec;
        this.maxDatagramBytes = maxDatagramBytes;
        this.ticks = ticks;
        this.selector = selector;
        this.startNanos = startNanos;
    }

    LogicalTime now() {
        return ticks.ticksAfter(System.nanoTime() - startNanos);
    }

    Throwable failure() {
        return failure;
    }

    /** Queues work for the loop thread and wakes it. */
    void submit(Runnable request) {
        requests.add(request);
        selector.wakeup();
    }

    void close() {
        closing = true;
        selector.wakeup();
    }

    void addWaiter(Waiter<M> waiter) {
        if (!waiter.judge(view)) {
            waiters.add(waiter);
        }
    }

    void removeWaiter(Waiter<M> waiter) {
        waiters.remove(waiter);
    }

    @Override
    public void run() {
        try {
            for (Host<M> host : hosts) {
                host.create(now());
                live.put(host.id, host.node);
            }
            for (Host<M> host : hosts) {
                drain(host);
            }
            judge();
            started.countDown();
            ByteBuffer buffer = ByteBuffer.allocate(maxDatagramBytes + 1);
            while (!closing) {
                long wait = waitMillis();
                if (wait == 0) {
                    selector.selectNow();
                } else {
                    selector.select(wait);
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    @SuppressWarnings("unchecked")
                    Host<M> host = (Host<M>) key.attachment();
                    receiveAll(host, buffer);
                }
                selector.selectedKeys().clear();
                fireDueTimers();
                for (Runnable request = closing ? null : requests.poll(); request != null; request = closing ? null : requests.poll()) {
                    request.run();
                }
            }
        } catch (Throwable t) {
            failure = t;
        } finally {
            shutdown();
        }
    }

    private long waitMillis() {
        long elapsed = System.nanoTime() - startNanos;
        long wait = MAX_WAIT_MILLIS;
        for (Host<M> host : hosts) {
            if (host.up() && host.deadline != null) {
                wait = Math.min(wait, ticks.millisUntil(host.deadline, elapsed));
            }
        }
        return wait;
    }

    /** Takes what is waiting on one socket, at most {@value #MAX_BATCH} datagrams, so a flood cannot starve timers. */
    private void receiveAll(Host<M> host, ByteBuffer buffer) throws IOException {
        for (int i = 0; i < MAX_BATCH; i++) {
            buffer.clear();
            if (host.channel.receive(buffer) == null) {
                return;
            }
            buffer.flip();
            receive(host, buffer);
        }
    }

    private void receive(Host<M> host, ByteBuffer datagram) {
        if (datagram.remaining() > maxDatagramBytes) {
            host.oversized++;
            return;
        }
        int from = Wire.sender(datagram, addresses.length);
        if (from < 0) {
            host.malformed++;
            return;
        }
        byte[] payload = new byte[datagram.remaining()];
        datagram.get(payload);
        M message;
        try {
            message = codec.decode(payload);
        } catch (RuntimeException notAMessage) {
            host.malformed++;
            return;
        }
        if (message == null) {
            host.malformed++;
            return;
        }
        if (!host.up()) {
            host.droppedWhileDown++;
            return;
        }
        host.delivered++;
        host.node.handleInput(NodeId.of(from), message, now());
        drain(host);
        judge();
    }

    private void fireDueTimers() {
        for (Host<M> host : hosts) {
            LogicalTime now = now();
            if (host.up() && host.deadline != null && host.deadline.compareTo(now) <= 0) {
                host.deadline = null;
                host.timersFired++;
                host.node.handleTimeout(now);
                drain(host);
                judge();
            }
        }
    }

    /**
     * The sans-IO polling order after an input: every transmit sent, the deadline re-read, then the disk's
     * completions handed over (all that are waiting, then the node polled again), until none is left.
     */
    void drain(Host<M> host) {
        while (true) {
            SansIoNode<M> node = host.node;
            for (Optional<Transmit<M>> next = node.pollTransmit(); next.isPresent(); next = node.pollTransmit()) {
                send(host, next.get());
            }
            host.deadline = node.pollTimeout().orElse(null);
            if (host.disk == null) {
                return;
            }
            boolean any = false;
            for (Optional<Completion> next = host.disk.pollCompletion(); next.isPresent(); next = host.disk.pollCompletion()) {
                any = true;
                ((StorageNode<M>) node).handleCompletion(next.get(), now());
            }
            if (!any) {
                return;
            }
        }
    }

    private void send(Host<M> host, Transmit<M> transmit) {
        if (!transmit.from().equals(host.id)) {
            throw new IllegalStateException(host.id + " returned a transmit from " + transmit.from()
                    + ": a node may only send as itself");
        }
        int to = transmit.to().index();
        if (to >= addresses.length) {
            throw new IllegalArgumentException("unknown node " + transmit.to() + " as transmit destination of " + host.id
                    + ": this cluster has nodes node-0..node-" + (addresses.length - 1));
        }
        byte[] payload;
        try {
            payload = codec.encode(transmit.message());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the codec threw on encode of " + transmit.message() + " (" + host.id
                    + " -> " + transmit.to() + "): " + e, e);
        }
        if (payload == null) {
            throw new IllegalArgumentException("the codec returned null for " + transmit.message() + " (" + host.id
                    + " -> " + transmit.to() + ")");
        }
        if (Wire.HEADER_BYTES + payload.length > maxDatagramBytes) {
            host.oversizedSends++;
            return;
        }
        try {
            if (host.channel.send(Wire.frame(host.id.index(), payload), addresses[to]) == 0) {
                host.sendFailures++;
            } else {
                host.sent++;
            }
        } catch (IOException lost) {
            host.sendFailures++;
        }
    }

    /**
     * Judges, after every event, every always expectation (the first one unmet stops the runtime, as it stops
     * a simulated run) and then every waiting one.
     */
    void judge() {
        for (Expectation<? super NetworkView<M>> expectation : always) {
            List<String> unmet = expectation.unmet(view);
            if (!unmet.isEmpty()) {
                throw new IllegalStateException("always \"" + expectation.name() + "\" is violated at " + now() + ": "
                        + String.join("; ", unmet));
            }
        }
        waiters.removeIf(waiter -> waiter.judge(view));
    }

    void crash(Host<M> host) throws IOException {
        host.crash();
        live.remove(host.id);
        judge();
    }

    void restart(Host<M> host) {
        host.restarts++;
        host.create(now());
        live.put(host.id, host.node);
        drain(host);
        judge();
    }

    private void shutdown() {
        started.countDown();
        Throwable stopped = failure != null ? failure : new IllegalStateException("the runtime was closed");
        for (Waiter<M> waiter : waiters) {
            waiter.met.completeExceptionally(stopped);
        }
        waiters.clear();
        for (Runnable request = requests.poll(); request != null; request = requests.poll()) {
            if (request instanceof Request<?> pending) {
                pending.result.completeExceptionally(stopped);
            }
        }
        for (Host<M> host : hosts) {
            closeQuietly(host);
        }
        try {
            selector.close();
        } catch (IOException e) {
            keep(e);
        }
    }

    private void closeQuietly(Host<M> host) {
        try {
            host.channel.close();
        } catch (IOException e) {
            keep(e);
        }
        try {
            host.closeDisk();
        } catch (IOException e) {
            keep(e);
        }
    }

    private void keep(IOException e) {
        if (failure == null) {
            failure = e;
        } else if (failure != e) {
            failure.addSuppressed(e);
        }
    }

    /** The hosted live nodes and the runtime's time, read on the loop thread only. */
    private final class LoopView implements NetworkView<M> {
        @Override
        public SortedMap<NodeId, SansIoNode<M>> live() {
            return liveView;
        }

        @Override
        public LogicalTime now() {
            return EventLoop.this.now();
        }

        @Override
        public String toString() {
            return "NetworkView[" + liveView.keySet() + " at " + now() + "]";
        }
    }
}
