package dev.simscaffold.core.expect;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.Require;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What a user says must hold of a simulation, in one vocabulary for every explorer: a name a report leads
 * with, a {@link Kind} (always, sometimes, eventually) and a {@link Check} over a view. A harness's
 * expectations see its instances' states ({@link dev.simscaffold.core.harness.HarnessView}) or one step
 * ({@link dev.simscaffold.core.harness.Transition}); a network's see its live nodes, typed
 * ({@link dev.simscaffold.core.net.NetworkView}). {@code SimHarness}, {@code SimNetwork}, the exhaustive
 * search, properties, sweeps and campaigns all take this one type.
 *
 * <pre>{@code
 * Expectation<NetworkView<Msg>> oneLeader = Expectation.always("at most one leader per term",
 *         nodes -> Leaders.duplicates(nodes.all(RaftNode.class)));
 * Expectation<NetworkView<Msg>> failover = Expectation.sometimes("a second leader is elected",
 *         nodes -> nodes.all(RaftNode.class).stream().anyMatch(n -> n.isLeader() && n.term() > 1));
 * Expectation<NetworkView<Msg>> agree = Expectation.eventually("every live node applied the same log",
 *         nodes -> Logs.differences(nodes.all(RaftNode.class)));
 * }</pre>
 *
 * <p>A check that keeps no history serves a whole run, every try of a property and every state of an
 * exhaustive search; properties of a step ("epochs only grow") are judged from a {@code Transition}'s two
 * ends for that reason. A check on a network may remember what it saw (the highest version each node
 * showed); create a fresh one per network then, and never give it to an explorer that revisits states. A
 * check that throws or returns null is reported as a failure of this expectation, under its name
 * ({@link BrokenExpectationException}).
 *
 * @param <V> the view the check reads
 * @param name what must hold, as a sentence; reports lead with it
 * @param kind when it must hold
 * @param check what is not as expected in a view
 */
@Api(Api.Status.STABLE)
public record Expectation<V>(String name, Kind kind, Check<? super V> check) {

    /** What {@link #sometimes} reports while its situation has not been reached. */
    private static final List<String> NOT_REACHED = List.of("not reached");

    /**
     * Rejects a blank name, a null kind or a null check.
     *
     * @param name what must hold
     * @param kind when it must hold
     * @param check what is not as expected in a view
     */
    public Expectation {
        Require.name("an expectation", name);
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(check, "check must not be null");
    }

    /**
     * A safety property: met in every view, checked after every step or event; the first view that does not
     * meet it stops the run.
     *
     * @param <V> the view
     * @param name what must hold, as a sentence
     * @param violations one message per violation found in a view; empty when it holds
     * @return the expectation
     */
    public static <V> Expectation<V> always(String name, Check<? super V> violations) {
        return new Expectation<>(name, Kind.ALWAYS, violations);
    }

    /**
     * A situation a run should reach at least once (Stateright's {@code sometimes}, Antithesis'
     * {@code reachable}); runs count how often it held, so a pass that never met it shows as vacuous.
     *
     * @param <V> the view
     * @param name what the situation is
     * @param reached holds in a view that reaches it
     * @return the expectation
     */
    public static <V> Expectation<V> sometimes(String name, Predicate<? super V> reached) {
        Objects.requireNonNull(reached, "reached must not be null");
        return new Expectation<>(name, Kind.SOMETIMES, view -> reached.test(view) ? List.of() : NOT_REACHED);
    }

    /**
     * A liveness property: it may be unmet for a while, but must hold by a deadline once faults have stopped
     * (on a network, {@code awaitLiveness} after {@code quiesce()}).
     *
     * @param <V> the view
     * @param name what must come to hold
     * @param unmet what is still not as expected, naming the nodes concerned; empty once it holds
     * @return the expectation
     */
    public static <V> Expectation<V> eventually(String name, Check<? super V> unmet) {
        return new Expectation<>(name, Kind.EVENTUALLY, unmet);
    }

    /**
     * Judges one view.
     *
     * @param view the view
     * @return what is not as expected; empty when the expectation is met in this view
     * @throws BrokenExpectationException if the check throws or returns null
     */
    public List<String> unmet(V view) {
        List<String> unmet;
        try {
            unmet = check.unmet(view);
        } catch (RuntimeException e) {
            throw new BrokenExpectationException(name, "threw " + e, e);
        }
        if (unmet == null) {
            throw new BrokenExpectationException(name, "returned null instead of a list of messages", null);
        }
        return unmet;
    }

    /**
     * Tells whether the expectation is met in one view.
     *
     * @param view the view
     * @return true when nothing is unmet
     * @throws BrokenExpectationException if the check throws or returns null
     */
    public boolean holds(V view) {
        return unmet(view).isEmpty();
    }

    /**
     * Returns this expectation if it is of {@code expected} kind, and refuses it otherwise, naming it, for
     * explorers that take only some kinds.
     *
     * @param expected the kind the caller takes
     * @param where what takes it, for the message
     * @return this expectation
     * @throws IllegalArgumentException if the kinds differ
     */
    public Expectation<V> requireKind(Kind expected, String where) {
        if (kind != expected) {
            throw new IllegalArgumentException(where + " takes " + expected.name().toLowerCase(Locale.ROOT)
                    + " expectations, got \"" + name + "\", which is " + kind.name().toLowerCase(Locale.ROOT));
        }
        return this;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + " \"" + name + "\"";
    }
}
