package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.expect.Kind;
import dev.simscaffold.core.model.ModelTime;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.SimNetworkBuilder;
import dev.simscaffold.core.trace.TraceMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * Replays one {@link ModelPath} instead of searching ({@code -Dsim.path}): the path's moves with their draws
 * forced, every expectation of the check judged at each state as the search judges it, so that the path's
 * violation comes back as the same counterexample, fingerprint for fingerprint. A path that no longer applies
 * to the code fails naming its move; a path that applies but breaks nothing fails too, saying so: a replay
 * never passes silently.
 *
 * @param <M> the message type
 */
final class PathReplay<M> {

    private final Function<SimContext, SimNetworkBuilder<M>> network;
    private final long seed;
    private final Limits limits;
    private final MessageDelays delays;
    private final List<Action<M>> actions;
    private final List<Expectation<? super NetworkView<M>>> expectations;
    private final Judge<M> judge;
    private final Function<? super SansIoNode<M>, ?> nodeKey;
    private final ModelTime time;
    private final List<Expectation<? super NetworkView<M>>> eventually;

    PathReplay(Function<SimContext, SimNetworkBuilder<M>> network, long seed, Limits limits, MessageDelays delays,
            List<Action<M>> actions, List<Expectation<? super NetworkView<M>>> expectations, Judge<M> judge,
            Function<? super SansIoNode<M>, ?> nodeKey, ModelTime time) {
        this.network = network;
        this.seed = seed;
        this.limits = limits;
        this.delays = delays;
        this.actions = actions;
        this.expectations = expectations;
        this.judge = judge;
        this.nodeKey = nodeKey;
        this.time = time;
        this.eventually = expectations.stream().filter(e -> e.kind() == Kind.EVENTUALLY).toList();
    }

    /**
     * Replays {@code path}, judging every state on it.
     *
     * @return a {@link ModelCheckResult.Verdict#VIOLATED} result whose counterexample is the path up to the
     *         state that broke an expectation
     * @throws AssertionError naming the move when the path no longer applies, or saying that it broke nothing
     */
    ModelCheckResult<M> check(ModelPath path) {
        Walk walk = new Walk(path, TraceMode.FINGERPRINT_ONLY, true);
        walk.run();
        if (walk.broken == null) {
            throw new AssertionError(ModelPath.PROPERTY + "=" + path.encoded() + ": every one of its " + path.moves().size()
                    + " moves applies, but no expectation broke on it: the code changed so that this path no longer leads to a"
                    + " violation (the bug is fixed, or the path was found on other code); run without -D" + ModelPath.PROPERTY
                    + " to search again\n" + describe(walk.labels));
        }
        ModelPath found = path.first(walk.labels.size() - 1);
        NetworkCounterexample<M> counterexample = new NetworkCounterexample<>(walk.moves, walk.broken, walk.violations,
                walk.net.trace().fingerprint(), found, () -> replay(found));
        int moves = found.moves().size();
        return new ModelCheckResult<>(ModelCheckResult.Verdict.VIOLATED, moves + 1, moves, moves, Optional.of(counterexample),
                walk.sometimes, 0, OptionalLong.empty());
    }

    /** Replays {@code path} with a full trace, judging nothing: the network of a counterexample found by replay. */
    SimNetwork<M> replay(ModelPath path) {
        Walk walk = new Walk(path, TraceMode.FULL, false);
        walk.run();
        return walk.net;
    }

    /** One replay of a path: the network, each move's label, and the first expectation broken, if judged. */
    private final class Walk {
        private final ModelPath path;
        private final TraceMode mode;
        private final boolean judging;
        private final Replayer<M> replayer;
        private final List<String> labels = new ArrayList<>();
        private final List<Move> moves = new ArrayList<>();
        private final Map<String, Long> sometimes = new LinkedHashMap<>();
        private SimNetwork<M> net;
        private Budgets used = Budgets.NONE;
        private String broken;
        private List<String> violations = List.of();
        /** Per state judged, the eventually expectations it meets, one bit each. */
        private final List<Integer> met = new ArrayList<>();
        /** A lasso's first state, once reached. */
        private Object loopState;

        Walk(ModelPath path, TraceMode mode, boolean judging) {
            this.path = path;
            this.mode = mode;
            this.judging = judging;
            this.replayer = new Replayer<>(network, seed, limits, delays, actions);
            expectations.stream().filter(e -> e.kind() == Kind.SOMETIMES).forEach(e -> sometimes.put(e.name(), 0L));
        }

        void run() {
            DrawTape tape = replayer.tape();
            try {
                net = replayer.start(path.start().stream().mapToInt(Integer::intValue).toArray(), true, mode);
                drewAll(0, "the start", path.start());
            } catch (InvariantViolationError violation) {
                throw new IllegalStateException("the network broke " + violation.invariant() + " while it was built: a model"
                        + " check reports that as a counterexample of no moves, which a replay cannot rebuild", violation);
            } catch (IllegalStateException diverged) {
                throw stale(0, "the start", path.start(), tape, diverged);
            }
            used = Budgets.NONE.afterStep(tape.lossesTaken(), tape.duplicatesTaken());
            record("start" + tape.sentFaults(), tape);
            if (judging && judgeState()) {
                return;
            }
            for (int i = 0; i < path.moves().size(); i++) {
                if (move(i + 1, path.moves().get(i))) {
                    return;
                }
            }
            if (judging) {
                judgeEnd();
            }
        }

        /** Makes move {@code index} (1 for the first after the start); true if it broke an expectation. */
        private boolean move(int index, ModelPath.Step step) {
            DrawTape tape = replayer.tape();
            SortedMap<NodeId, Object> before = !judge.checksSteps() || !judging ? null : net.modelKeys(nodeKey);
            InvariantViolationError violation = null;
            String label;
            try {
                if (step.action() == ModelPath.EVENT) {
                    try {
                        if (!replayer.step(net, step.forced(), true, used)) {
                            throw stale(index, "an event", "no event is pending");
                        }
                    } catch (InvariantViolationError raised) {
                        violation = raised;
                    }
                    label = replayer.lastMove(net, tape.sentFaults()).toString();
                } else {
                    Action<M> action = action(index, step.action());
                    try {
                        used = replayer.act(net, action, step.forced(), true, used);
                    } catch (InvariantViolationError raised) {
                        violation = raised;
                    }
                    label = action.label() + tape.sentFaults();
                }
                drewAll(index, what(step), step.draws());
            } catch (IllegalStateException diverged) {
                throw stale(index, what(step), step.draws(), tape, diverged);
            }
            used = used.afterStep(tape.lossesTaken(), tape.duplicatesTaken());
            record((index - 1 == path.loopStart() ? "loop: " : "") + label, tape);
            if (!judging) {
                return false;
            }
            if (violation != null) {
                return broke(violation.invariant(), violation.violations());
            }
            if (before != null && broke(judge.move(before, net.modelKeys(nodeKey)))) {
                return true;
            }
            return judgeState();
        }

        /** Refuses a move that drew fewer values than the path gives it. */
        private void drewAll(int index, String what, List<Integer> given) {
            int drawn = replayer.tape().values().length;
            if (drawn < given.size()) {
                throw stale(index, what, "it draws " + drawn + (drawn == 1 ? " value" : " values") + " now, the path gives " + given.size() + " " + given);
            }
        }

        /** The check's action {@code index}, refused when the check has no such action or cannot make it now. */
        private Action<M> action(int move, int index) {
            if (index >= actions.size()) {
                List<String> names = new ArrayList<>();
                for (int k = 0; k < actions.size(); k++) {
                    names.add("a" + k + " " + actions.get(k).label());
                }
                throw stale(move, "action a" + index, "this check has " + actions.size() + " actions " + names);
            }
            Action<M> action = actions.get(index);
            if (!action.applicable(net, used, limits)) {
                throw stale(move, "action a" + index + " (" + action.label() + ")", "it cannot be made here (its node is"
                        + " down or up already, or its budget is spent: " + used + " of " + limits + ")");
            }
            return action;
        }

        /**
         * Judges the always expectations and counts the sometimes ones; true if one broke. Notes which eventually
         * expectations the state meets, and keeps a lasso's first state.
         */
        private boolean judgeState() {
            int mask = 0;
            for (int i = 0; i < eventually.size(); i++) {
                mask |= eventually.get(i).holds(net.view()) ? 1 << i : 0;
            }
            met.add(mask);
            if (met.size() - 1 == path.loopStart()) {
                loopState = net.modelState(nodeKey, time);
            }
            return broke(judge.state(net.view(), sometimes));
        }

        /** At the path's end: a lasso must close and miss its eventually expectation; a run that ends must meet them all. */
        private void judgeEnd() {
            if (path.loopStart() >= 0) {
                judgeLasso();
                return;
            }
            boolean ends = net.pendingEvents() == 0 && actions.stream().noneMatch(a -> a.applicable(net, used, limits));
            if (!ends) {
                return;
            }
            Expectation<? super NetworkView<M>> missed = eventually.stream().filter(e -> !e.holds(net.view())).findFirst().orElse(null);
            broke(judge.end(net.view(), missed));
        }

        /**
         * At a lasso's end: the cycle must close (the state after the last move is the one before the cycle's
         * first), and an eventually expectation must hold at none of its states.
         */
        private void judgeLasso() {
            if (!loopState.equals(net.modelState(nodeKey, time))) {
                throw stale(path.moves().size(), "the lasso's last move", "the cycle no longer closes: the state after it is not the"
                        + " state after move " + path.loopStart());
            }
            int missed = 0;
            for (int i = 0; i < eventually.size(); i++) {
                missed |= 1 << i;
            }
            for (int k = path.loopStart(); k < met.size(); k++) {
                missed &= ~met.get(k);
            }
            if (missed != 0) {
                Expectation<? super NetworkView<M>> expectation = eventually.get(Integer.numberOfTrailingZeros(missed));
                List<String> messages = new ArrayList<>(expectation.unmet(net.view()));
                messages.add(0, "a cycle of " + (path.moves().size() - path.loopStart()) + " moves that never meets it, back to the state"
                        + " after move " + path.loopStart());
                broke("liveness: " + expectation.name(), messages);
            }
        }

        private boolean broke(Optional<Judge.Broken> found) {
            return found.isPresent() && broke(found.get().name(), found.get().violations());
        }

        private boolean broke(String name, List<String> unmet) {
            if (unmet.isEmpty()) {
                return false;
            }
            broken = name;
            violations = List.copyOf(unmet);
            return true;
        }

        /** Names a move with the values its draws took, as the search names it. */
        private void record(String label, DrawTape tape) {
            List<Integer> draws = new ArrayList<>();
            for (int value : tape.values()) {
                draws.add(value);
            }
            labels.add(label);
            moves.add(new Move(label, draws));
        }
    }

    private static String describe(List<String> labels) {
        StringBuilder text = new StringBuilder("the path's moves here:\n");
        for (int i = 0; i < labels.size(); i++) {
            text.append("  ").append(i).append(". ").append(labels.get(i)).append('\n');
        }
        return text.toString();
    }

    private static String what(ModelPath.Step step) {
        return step.action() == ModelPath.EVENT ? "an event" : "action a" + step.action();
    }

    /**
     * A move whose replay failed: with the path's draws forced and extended, a draw fails when the value the
     * path gives it is outside its range now; another failure (a refused stream) is named by its own message.
     */
    private static AssertionError stale(int move, String what, List<Integer> given, DrawTape tape, IllegalStateException diverged) {
        int draw = tape.values().length;
        AssertionError error = stale(move, what, draw < given.size()
                ? "its draw " + draw + " is " + given.get(draw) + " in the path, outside the values that draw has now" : diverged.getMessage());
        error.initCause(diverged);
        return error;
    }

    private static AssertionError stale(int move, String what, String why) {
        String where = move == 0 ? "the start" : "move " + move;
        return new AssertionError(ModelPath.PROPERTY + ": " + where + " (" + what + ") no longer applies to this code: " + why
                + "; the path was found on other code: run without -D" + ModelPath.PROPERTY + " to search again");
    }
}
