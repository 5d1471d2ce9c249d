package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.Api;
import dev.simscaffold.testkit.replay.SimProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A model-checking path as a replay command carries it ({@code -Dsim.path=...}): the draws of the network's
 * start, then one segment per move, separated by {@code _}. A move is the values its draws took, separated by
 * {@code .}, or {@code a<k>} for the check's action {@code k} (its inputs in the order given, then a crash, a
 * power loss (nodes with a disk) and a restart of each node, then its partitions and the heal), followed by
 * {@code .} and the draws its sends made, if any. Trailing zero draws are left out (a replay gives every draw
 * past the given ones its first value), and a move without draws is {@code 0}. A lasso marks the first move of
 * its cycle with {@code L}. For example {@code 0_a0_1_0_2.1_L0_1}: the start, action 0, then events.
 *
 * <p><b>Why it is stable.</b> Each value is an index into a bounded domain the code itself defines: the
 * enabled events in the network's (time, sequence) order, a node's draw in its range, whether a send was lost.
 * A path therefore means the same run for as long as the network, its nodes and the check's actions make the
 * same draws from the same states; it does not depend on the search that found it (breadth or depth first,
 * reductions, symmetry, limits), on the JVM, or on hash order. When the code changes so that a move no longer
 * applies (a value out of its range, fewer draws than given, no event pending, an action that is not
 * applicable), the replay fails naming the move.
 *
 * @param start the values of the start's draws
 * @param moves the moves after the start
 * @param loopStart the index into {@code moves} of a lasso's first cycle move, or {@code -1}
 */
@Api(Api.Status.EXPERIMENTAL)
public record ModelPath(List<Integer> start, List<Step> moves, int loopStart) {

    /** The system property a replay command sets. */
    public static final String PROPERTY = SimProperty.PATH.key();

    /** The action index of a move that is an event, not an action. */
    public static final int EVENT = -1;

    /**
     * One move: an event ({@link #EVENT}) or an action, and the values its draws took.
     *
     * @param action the action's index, or {@link #EVENT}
     * @param draws the draws' values, trailing zeros left out
     */
    public record Step(int action, List<Integer> draws) {

        /**
         * Drops trailing zeros and freezes the draws.
         *
         * @param action the action's index, or {@link #EVENT}
         * @param draws the draws' values
         */
        public Step {
            if (action < EVENT) {
                throw new IllegalArgumentException("an action index is >= 0 (or EVENT), got " + action);
            }
            draws = trimmed(draws);
        }

        /**
         * The draws as a replay forces them.
         *
         * @return the values
         */
        int[] forced() {
            return draws.stream().mapToInt(Integer::intValue).toArray();
        }

        private String encoded() {
            StringBuilder text = new StringBuilder();
            if (action != EVENT) {
                text.append('a').append(action);
            }
            for (int draw : draws) {
                text.append(text.isEmpty() ? "" : ".").append(draw);
            }
            return text.isEmpty() ? "0" : text.toString();
        }
    }

    /**
     * Validates and freezes the components.
     *
     * @param start the start's draws
     * @param moves the moves
     * @param loopStart a lasso's first cycle move, or {@code -1}
     */
    public ModelPath {
        start = trimmed(start);
        moves = List.copyOf(moves);
        if (loopStart < -1 || loopStart >= moves.size()) {
            throw new IllegalArgumentException("a lasso starts at one of the " + moves.size() + " moves, got " + loopStart);
        }
    }

    /** The path of a search's state: the start's draws, then each move's action and draws. */
    static ModelPath of(List<PathNode> path) {
        return lasso(path, List.of());
    }

    /** The path of a lasso: to its first state ({@code stem}, the start first), then the cycle's moves. */
    static ModelPath lasso(List<PathNode> stem, List<PathNode> cycle) {
        List<Step> steps = new ArrayList<>();
        stem.stream().skip(1).forEach(node -> steps.add(step(node)));
        int loop = cycle.isEmpty() ? -1 : steps.size();
        cycle.forEach(node -> steps.add(step(node)));
        return new ModelPath(values(stem.get(0).draws), steps, loop);
    }

    private static Step step(PathNode node) {
        return new Step(node.action == PathNode.NO_ACTION ? EVENT : node.action, values(node.draws));
    }

    private static List<Integer> values(int[] draws) {
        List<Integer> values = new ArrayList<>(draws.length);
        for (int draw : draws) {
            values.add(draw);
        }
        return values;
    }

    /**
     * The path {@code -Dsim.path} asks a model check to replay instead of searching.
     *
     * @return the path, or empty when the property is not set (or blank)
     * @throws IllegalArgumentException naming the value when it is not a path
     */
    public static Optional<ModelPath> requested() {
        String text = System.getProperty(PROPERTY);
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(parse(text.strip()));
    }

    /**
     * Reads a path in the form {@link #encoded()} writes.
     *
     * @param text the path, such as {@code 0_a0_1_0_2.1}
     * @return the path
     * @throws IllegalArgumentException naming the text and the segment when it is not a path
     */
    public static ModelPath parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException(PROPERTY + " must be a model-check path such as 0_a0_1_2.1, got \"" + text + "\"");
        }
        String[] segments = text.split("_", -1);
        List<Integer> start = draws(text, 0, segments[0]);
        List<Step> moves = new ArrayList<>();
        int loop = -1;
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("L")) {
                if (loop >= 0) {
                    throw malformed(text, i, segment, "a second L: a lasso has one cycle");
                }
                loop = moves.size();
                segment = segment.substring(1);
            }
            int action = EVENT;
            if (segment.startsWith("a")) {
                int dot = segment.indexOf('.');
                action = number(text, i, segment, segment.substring(1, dot < 0 ? segment.length() : dot));
                segment = dot < 0 ? "0" : segment.substring(dot + 1);
            }
            moves.add(new Step(action, draws(text, i, segment)));
        }
        return new ModelPath(start, moves, loop);
    }

    private static List<Integer> draws(String text, int index, String segment) {
        List<Integer> values = new ArrayList<>();
        for (String value : segment.split("\\.", -1)) {
            values.add(number(text, index, segment, value));
        }
        return values;
    }

    private static int number(String text, int index, String segment, String value) {
        if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw malformed(text, index, segment, "\"" + value + "\" is not a whole number >= 0");
        }
        return Integer.parseInt(value);
    }

    private static IllegalArgumentException malformed(String text, int index, String segment, String why) {
        String where = index == 0 ? "the start" : "move " + index;
        return new IllegalArgumentException(PROPERTY + " \"" + text + "\" is not a model-check path: " + where + " (\"" + segment
                + "\") has " + why + "; a path is the start's draws, then one segment per move, separated by _ (draws separated by ., an action"
                + " a<k>, a lasso's first cycle move prefixed with L), as a model check's failure prints it");
    }

    /**
     * Writes the path as {@code -Dsim.path} takes it.
     *
     * @return for example {@code 0_a0_1_0_2.1}
     */
    public String encoded() {
        StringBuilder text = new StringBuilder(new Step(EVENT, start).encoded());
        for (int i = 0; i < moves.size(); i++) {
            text.append('_').append(i == loopStart ? "L" : "").append(moves.get(i).encoded());
        }
        return text.toString();
    }

    /**
     * The path up to and including move {@code count} (a lasso's mark dropped if its cycle is cut).
     *
     * @param count how many moves to keep
     * @return the shorter path
     */
    ModelPath first(int count) {
        return new ModelPath(start, moves.subList(0, count), loopStart < count ? loopStart : -1);
    }

    @Override
    public String toString() {
        return encoded();
    }

    private static List<Integer> trimmed(List<Integer> draws) {
        int end = draws.size();
        while (end > 0 && draws.get(end - 1) == 0) {
            end--;
        }
        for (int draw : draws) {
            if (draw < 0) {
                throw new IllegalArgumentException("a draw's value is >= 0, got " + draws);
            }
        }
        return List.copyOf(draws.subList(0, end));
    }
}
