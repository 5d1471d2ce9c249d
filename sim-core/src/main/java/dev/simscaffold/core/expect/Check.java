package dev.simscaffold.core.expect;

import dev.simscaffold.core.Api;
import java.util.List;

/**
 * What an {@link Expectation} asks of one view of a simulation: everything that is not as expected,
 * one message each. An empty list means the expectation is met in that view.
 *
 * <p>Messages are what a failure report shows, so name the node or instance and the values: "n2 holds
 * version 3 while n0 holds 5" tells more than "not converged".
 *
 * @param <V> the view: {@link dev.simscaffold.core.harness.HarnessView},
 *            {@link dev.simscaffold.core.harness.Transition} or {@link dev.simscaffold.core.net.NetworkView}
 */
@Api(Api.Status.STABLE)
@FunctionalInterface
public interface Check<V> {

    /**
     * Judges one view.
     *
     * @param view the states, the step or the nodes, with the time
     * @return one message per thing that is not as expected; empty when the expectation is met
     */
    List<String> unmet(V view);
}
