package dev.simscaffold.testkit.exhaustive;

import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.testkit.scenario.Action;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Stateright's two-phase commit ({@code examples/2pc.rs}, after Gray and Lamport's TLA+ spec) as one harness
 * instance: a transaction manager and {@code n} resource managers, whose messages are a set that only grows.
 * An action that is not enabled leaves the state as it is, so the states the search counts are exactly the
 * model's reachable states.
 */
final class TwoPhaseCommit {

    enum Rm { WORKING, PREPARED, COMMITTED, ABORTED }

    enum Tm { INIT, COMMITTED, ABORTED }

    /**
     * The whole system.
     *
     * @param rms each resource manager's state
     * @param tm the transaction manager's state
     * @param tmPrepared which managers the transaction manager knows prepared
     * @param preparedMsgs which {@code Prepared(rm)} messages were sent
     * @param commitMsg whether {@code Commit} was sent
     * @param abortMsg whether {@code Abort} was sent
     */
    record State(List<Rm> rms, Tm tm, List<Boolean> tmPrepared, List<Boolean> preparedMsgs, boolean commitMsg, boolean abortMsg) {
        State {
            rms = List.copyOf(rms);
            tmPrepared = List.copyOf(tmPrepared);
            preparedMsgs = List.copyOf(preparedMsgs);
        }

        static State initial(int n) {
            return new State(Collections.nCopies(n, Rm.WORKING), Tm.INIT, Collections.nCopies(n, false),
                    Collections.nCopies(n, false), false, false);
        }

        /** Resource manager {@code i} becomes manager {@code permutation[i]}. */
        State relabel(int[] permutation) {
            List<Rm> r = new ArrayList<>(rms);
            List<Boolean> p = new ArrayList<>(tmPrepared);
            List<Boolean> m = new ArrayList<>(preparedMsgs);
            for (int i = 0; i < permutation.length; i++) {
                r.set(permutation[i], rms.get(i));
                p.set(permutation[i], tmPrepared.get(i));
                m.set(permutation[i], preparedMsgs.get(i));
            }
            return new State(r, tm, p, m, commitMsg, abortMsg);
        }

        /** A text that orders states totally: equal texts, equal states. */
        String text() {
            StringBuilder text = new StringBuilder().append(tm.ordinal()).append(commitMsg ? 'c' : '-').append(abortMsg ? 'a' : '-');
            for (int i = 0; i < rms.size(); i++) {
                text.append(rms.get(i).ordinal()).append(tmPrepared.get(i) ? 'p' : '-').append(preparedMsgs.get(i) ? 'm' : '-');
            }
            return text.toString();
        }
    }

    /** The actions, as Stateright names them. */
    sealed interface Move permits TmRcvPrepared, TmCommit, TmAbort, RmPrepare, RmChooseToAbort, RmRcvCommitMsg, RmRcvAbortMsg {
    }

    record TmRcvPrepared(int rm) implements Move {
    }

    record TmCommit() implements Move {
    }

    record TmAbort() implements Move {
    }

    record RmPrepare(int rm) implements Move {
    }

    record RmChooseToAbort(int rm) implements Move {
    }

    record RmRcvCommitMsg(int rm) implements Move {
    }

    record RmRcvAbortMsg(int rm) implements Move {
    }

    private TwoPhaseCommit() {
    }

    /** Every action for {@code n} managers, applied to the one instance. */
    static List<Action<Move>> alphabet(int n) {
        List<Move> moves = new ArrayList<>(List.of(new TmCommit(), new TmAbort()));
        for (int rm = 0; rm < n; rm++) {
            moves.addAll(List.of(new TmRcvPrepared(rm), new RmPrepare(rm), new RmChooseToAbort(rm), new RmRcvCommitMsg(rm),
                    new RmRcvAbortMsg(rm)));
        }
        List<Action<Move>> actions = new ArrayList<>();
        moves.forEach(move -> actions.add(Action.apply(0, move)));
        return actions;
    }

    /**
     * The protocol; with {@code commitsEarly} the planted bug: the transaction manager may commit before every
     * manager prepared.
     */
    static StateMachine<State, Move, Void> machine(boolean commitsEarly) {
        return (state, move, now) -> Step.of(next(state, move, commitsEarly));
    }

    /** The successor of {@code state} by {@code move}, or {@code state} itself if the move is not enabled. */
    static State next(State s, Move move, boolean commitsEarly) {
        List<Rm> rms = new ArrayList<>(s.rms());
        List<Boolean> tmPrepared = new ArrayList<>(s.tmPrepared());
        List<Boolean> msgs = new ArrayList<>(s.preparedMsgs());
        if (move instanceof TmRcvPrepared m) {
            if (s.tm() != Tm.INIT || !msgs.get(m.rm())) {
                return s;
            }
            tmPrepared.set(m.rm(), true);
        } else if (move instanceof TmCommit) {
            if (s.tm() != Tm.INIT || (!commitsEarly && tmPrepared.contains(false))) {
                return s;
            }
            return new State(rms, Tm.COMMITTED, tmPrepared, msgs, true, s.abortMsg());
        } else if (move instanceof TmAbort) {
            if (s.tm() != Tm.INIT) {
                return s;
            }
            return new State(rms, Tm.ABORTED, tmPrepared, msgs, s.commitMsg(), true);
        } else if (move instanceof RmPrepare m) {
            if (rms.get(m.rm()) != Rm.WORKING) {
                return s;
            }
            rms.set(m.rm(), Rm.PREPARED);
            msgs.set(m.rm(), true);
        } else if (move instanceof RmChooseToAbort m) {
            if (rms.get(m.rm()) != Rm.WORKING) {
                return s;
            }
            rms.set(m.rm(), Rm.ABORTED);
        } else if (move instanceof RmRcvCommitMsg m) {
            if (!s.commitMsg()) {
                return s;
            }
            rms.set(m.rm(), Rm.COMMITTED);
        } else if (move instanceof RmRcvAbortMsg m) {
            if (!s.abortMsg()) {
                return s;
            }
            rms.set(m.rm(), Rm.ABORTED);
        }
        return new State(rms, s.tm(), tmPrepared, msgs, s.commitMsg(), s.abortMsg());
    }

    /**
     * The exact canonical form that sorts: each manager's data (state, known prepared, message sent) is all
     * that refers to it, so sorting managers by the whole of it relabels every orbit to one state.
     */
    static State sortedBySignature(State s) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < s.rms().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> s.rms().get(i).ordinal())
                .thenComparing(i -> s.tmPrepared().get(i))
                .thenComparing(i -> s.preparedMsgs().get(i)));
        return s.relabel(inverse(order));
    }

    /**
     * Stateright's representative: managers sorted by their state alone, ties kept in index order. Not
     * canonical: two relabellings of one state that differ in who prepared among equal states stay apart.
     */
    static State sortedByStateOnly(State s) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < s.rms().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> s.rms().get(i).ordinal()));
        return s.relabel(inverse(order));
    }

    /** The permutation that sends the manager at {@code order[k]} to position {@code k}. */
    private static int[] inverse(List<Integer> order) {
        int[] permutation = new int[order.size()];
        for (int k = 0; k < order.size(); k++) {
            permutation[order.get(k)] = k;
        }
        return permutation;
    }
}
