package dev.simscaffold.runtime;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.expect.BrokenExpectationException;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.time.LogicalTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs sans-IO nodes for real: the same node code a {@code SimNetwork} tests, on UDP sockets, the wall clock
 * and real files, with the calls the simulator makes in the order it makes them (see {@link EventLoop}). Build
 * one with {@link #builder}; a process usually hosts one node of a cluster, a test may host all of them.
 *
 * <p><b>UDP, not TCP.</b> A {@code SimNetwork} delivers each message whole or not at all, in any order, maybe
 * twice; a datagram has exactly that contract, so a node that passed the simulation meets no delivery it
 * was not tested against. TCP would add ordering the node must not rely on, plus framing, connection setup
 * and reconnection state the simulator never modelled. What UDP costs (a message must fit one datagram) is
 * made explicit: an oversized message is dropped and counted, which a loss-tolerant protocol survives.
 *
 * <p><b>One event-loop thread, not a thread per node.</b> All hosted nodes run on one thread waiting on a
 * {@link java.nio.channels.Selector} for a datagram or the earliest deadline. Node code is then only ever
 * called from one thread, as in the simulator, so it needs no locks; and an {@link Expectation} is judged
 * between two events on a consistent view of every hosted node, exactly as the simulator judges it. The cost
 * is that a slow handler (a synchronous fsync) delays the other nodes of the same process; in production a
 * process hosts one node, so there is nothing to delay.
 *
 * <p>Differences from a {@code SimNetwork}, all of them among the behaviours the simulator produces: time
 * is real ({@link TickMapping}); a disk operation completes at once and its completion is handed over right
 * after the node is polled (a simulated disk with zero latency); a message to a crashed node is dropped
 * ({@link HostStats#droppedWhileDown()}); a crashed node keeps its port, so a restart reuses it. The
 * {@link NetworkView} a runtime's expectations read holds the nodes it hosts, not a remote process's.
 *
 * <p>Every method may be called from any thread except a node's own handlers; each waits for the loop thread.
 *
 * @param <M> the message type
 */
@Api(Api.Status.EXPERIMENTAL)
public final class NodeRuntime<M> implements AutoCloseable {

    private static final long POLL_MILLIS = 50;

    private final EventLoop<M> loop;
    private final Thread thread;
    private final Map<NodeId, Host<M>> hosts;
    private final int clusterSize;

    NodeRuntime(EventLoop<M> loop, Thread thread, Map<NodeId, Host<M>> hosts, int clusterSize) {
        this.loop = loop;
        this.thread = thread;
        this.hosts = hosts;
        this.clusterSize = clusterSize;
    }

    /**
     * Starts configuring a runtime whose messages cross the wire through {@code codec}.
     *
     * @param <M> the message type
     * @param codec how messages become datagrams and back
     * @return the builder
     */
    public static <M> NodeRuntimeBuilder<M> builder(MessageCodec<M> codec) {
        return new NodeRuntimeBuilder<>(Objects.requireNonNull(codec, "codec must not be null"));
    }

    /** Waits until the loop has created and drained every node, or failed doing so. */
    void awaitStarted() {
        try {
            loop.started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while the runtime started", e);
        }
        if (loop.failure() != null) {
            close();
            throw new IllegalStateException("the runtime failed to start: " + loop.failure(), loop.failure());
        }
    }

    /**
     * Returns the address a hosted node listens on: the one configured, with the port the system chose if
     * it was 0.
     *
     * @param id a node this runtime hosts
     * @return the bound address
     */
    public InetSocketAddress address(NodeId id) {
        return host(id).address;
    }

    /**
     * Acts on a live hosted node from outside (a client's write), on the loop thread; the node is then
     * polled as after any input, as {@code SimNetwork.invoke} does.
     *
     * @param <T> the node's type
     * @param id the node
     * @param type its class
     * @param action what to do to it
     * @throws IllegalStateException if the node is crashed or the runtime has stopped
     * @throws IllegalArgumentException if the node is not hosted here or not a {@code T}
     */
    public <T> void invoke(NodeId id, Class<T> type, Consumer<? super T> action) {
        Host<M> host = host(id);
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(action, "action must not be null");
        call(() -> {
            if (!host.up()) {
                throw new Request.Refused(new IllegalStateException("cannot invoke " + id + ": it is crashed"));
            }
            if (!type.isInstance(host.node)) {
                throw new Request.Refused(new IllegalArgumentException(id + " is a " + host.node.getClass().getSimpleName()
                        + ", not a " + type.getSimpleName()));
            }
            action.accept(type.cast(host.node));
            loop.drain(host);
            loop.judge();
            return null;
        });
    }

    /**
     * Reads the hosted nodes between two events, on the loop thread: the view must not escape the function.
     *
     * @param <T> the answer
     * @param question what to read
     * @return the answer
     */
    public <T> T query(Function<? super NetworkView<M>, ? extends T> question) {
        Objects.requireNonNull(question, "question must not be null");
        return call(() -> question.apply(loop.view));
    }

    /**
     * Waits until {@code expectation} finds nothing unmet in the hosted nodes, judged on the loop thread after
     * every event as a {@code SimNetwork} judges it, or until {@code within} has passed.
     *
     * @param expectation what must come to hold (its kind is not consulted)
     * @param within the longest wall time to wait, positive
     * @return empty once it holds; otherwise what was unmet at the last judgement before the time ran out
     * @throws IllegalStateException if the runtime stops meanwhile
     * @throws BrokenExpectationException if the check throws
     */
    public List<String> await(Expectation<? super NetworkView<M>> expectation, Duration within) {
        Objects.requireNonNull(expectation, "expectation must not be null");
        if (within == null || within.isNegative() || within.isZero()) {
            throw new IllegalArgumentException("within must be positive, got " + within);
        }
        Waiter<M> waiter = new Waiter<>(expectation);
        call(() -> {
            loop.addWaiter(waiter);
            return null;
        });
        try {
            return waiter.met.get(within.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            return call(() -> {
                loop.removeWaiter(waiter);
                return waiter.met.isDone() ? List.<String>of() : waiter.lastUnmet;
            });
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while awaiting " + expectation, e);
        }
    }

    /**
     * Crashes a hosted node as a process crash does: its volatile state is gone, a {@code Durable} node's
     * durable value is kept for its restart, a disk node's file keeps what it wrote; messages that arrive
     * until its restart are dropped.
     *
     * @param id the node
     * @throws IllegalStateException if it is already crashed
     */
    public void crash(NodeId id) {
        Host<M> host = host(id);
        call(() -> {
            if (!host.up()) {
                throw new Request.Refused(new IllegalStateException("cannot crash " + id + ": it is already crashed"));
            }
            try {
                loop.crash(host);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the disk of " + id, e);
            }
            return null;
        });
    }

    /**
     * Restarts a crashed node through its factory: fresh, from its durable value, or from its file.
     *
     * @param id the node
     * @throws IllegalStateException if it is not crashed
     */
    public void restart(NodeId id) {
        Host<M> host = host(id);
        call(() -> {
            if (host.up()) {
                throw new Request.Refused(new IllegalStateException("cannot restart " + id + ": it is not crashed"));
            }
            loop.restart(host);
            return null;
        });
    }

    /**
     * Returns what the runtime counted for one hosted node; after the runtime stopped, the final counts (the
     * loop thread's end happens-before {@link Thread#isAlive()} returns false, so they are read safely).
     *
     * @param id the node
     * @return its counters
     */
    public HostStats stats(NodeId id) {
        Host<M> host = host(id);
        try {
            return call(host::stats);
        } catch (IllegalStateException stopped) {
            if (thread.isAlive()) {
                throw stopped;
            }
            return host.stats();
        }
    }

    /**
     * Returns the runtime's time, in ticks since it started.
     *
     * @return the time
     */
    public LogicalTime now() {
        return loop.now();
    }

    /**
     * Returns what stopped the runtime: a node or a codec that threw, or an I/O error of its sockets.
     *
     * @return the failure, or empty while it runs or after a clean close
     */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(loop.failure());
    }

    /**
     * Tells whether the loop thread still runs.
     *
     * @return true until {@link #close()} or a failure
     */
    public boolean isRunning() {
        return thread.isAlive();
    }

    /**
     * Stops the loop and waits for it: every socket, file and the thread are closed when this returns. Called
     * from a node's own handler it only asks the loop to stop after the current event. The loop thread is not
     * a daemon, so a process that runs a node lives until it is closed or fails.
     */
    @Override
    public void close() {
        loop.close();
        if (Thread.currentThread() == thread) {
            return;
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private Host<M> host(NodeId id) {
        Objects.requireNonNull(id, "id must not be null");
        Host<M> host = hosts.get(id);
        if (host == null) {
            throw new IllegalArgumentException(id.index() < clusterSize
                    ? id + " is not hosted by this runtime, which hosts " + hosts.keySet()
                    : "unknown node " + id + ": this cluster has nodes node-0..node-" + (clusterSize - 1));
        }
        return host;
    }

    private <T> T call(Supplier<T> work) {
        if (Thread.currentThread() == thread) {
            throw new IllegalStateException("a NodeRuntime cannot be called from a node's own handler");
        }
        Request<T> request = new Request<>(work);
        loop.submit(request);
        while (true) {
            try {
                return request.result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (!thread.isAlive() && !request.result.isDone()) {
                    throw stopped();
                }
            } catch (ExecutionException e) {
                throw rethrow(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the runtime", e);
            }
        }
    }

    private IllegalStateException stopped() {
        Throwable cause = loop.failure();
        return new IllegalStateException(cause == null ? "the runtime was closed" : "the runtime stopped: " + cause, cause);
    }

    private RuntimeException rethrow(Throwable cause) {
        if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException
                || cause instanceof BrokenExpectationException) {
            return (RuntimeException) cause;
        }
        return new IllegalStateException("the runtime stopped: " + cause, cause);
    }
}
