package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.net.SimNetwork;
import java.util.List;
import java.util.function.Supplier;

/**
 * A path from the start to a state that breaks an expectation. It is an ordinary run of the network: {@link
 * #replay()} builds the network again, with a full trace, and drives it through the same moves with the
 * same draws, so the failure comes with the trace, timeline and fingerprint of any simulated run.
 *
 * @param <M> the message type
 * @param moves the moves, the network's start first
 * @param expectation the name of the broken expectation
 * @param violations what its check reported
 * @param fingerprint the trace fingerprint of the run that found it, which a replay reproduces
 * @param replayer rebuilds the run
 */
@Api(Api.Status.EXPERIMENTAL)
public record NetworkCounterexample<M>(List<Move> moves, String expectation, List<String> violations, long fingerprint,
        Supplier<SimNetwork<M>> replayer) {

    /**
     * Freezes the lists.
     *
     * @param moves the moves
     * @param expectation the broken expectation's name
     * @param violations what it reported
     * @param fingerprint the run's trace fingerprint
     * @param replayer rebuilds the run
     */
    public NetworkCounterexample {
        moves = List.copyOf(moves);
        violations = List.copyOf(violations);
    }

    /**
     * Replays the path on a fresh network with a full trace, up to (not including) the move that broke the
     * expectation when it was one the network checks itself, or to the end otherwise.
     *
     * @return the network after the replay; its trace ends with the violation when the network raised it
     */
    public SimNetwork<M> replay() {
        return replayer.get();
    }

    /**
     * Renders the counterexample as a numbered list of moves after the violation.
     *
     * @return the text
     */
    public String describe() {
        StringBuilder text = new StringBuilder("expectation violated: ").append(expectation).append('\n');
        violations.forEach(v -> text.append("  ").append(v).append('\n'));
        int count = moves.size() - 1;
        text.append("path (").append(count).append(count == 1 ? " move" : " moves").append(" after the start):\n");
        for (int i = 0; i < moves.size(); i++) {
            text.append("  ").append(i).append(". ").append(moves.get(i)).append('\n');
        }
        return text.toString();
    }
}
