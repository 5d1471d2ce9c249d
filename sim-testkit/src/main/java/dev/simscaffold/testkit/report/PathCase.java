package dev.simscaffold.testkit.report;

import dev.simscaffold.core.Api;
import java.util.List;
import java.util.Objects;

/**
 * What a model checker's counterexample adds to a simulation's report, in place of a seed: the path that
 * replays it ({@code -Dsim.path}) and its moves, numbered from the network's start. The run itself (its
 * trace, faults, timeline and sequence diagram) is reported as any simulated run's.
 *
 * @param heading the first line of the moves, such as {@code model-check path: 10 moves after the start}
 * @param moves the moves, one per line, the start first
 * @param path the path as {@code -Dsim.path} takes it
 */
@Api(Api.Status.INTERNAL)
public record PathCase(String heading, List<String> moves, String path) {

    /**
     * Copies the moves.
     *
     * @param heading the {@code heading} component
     * @param moves the {@code moves} component
     * @param path the {@code path} component
     */
    public PathCase {
        Objects.requireNonNull(heading, "heading");
        moves = List.copyOf(moves);
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a model-check case needs its path, got \"" + path + "\"");
        }
    }
}
