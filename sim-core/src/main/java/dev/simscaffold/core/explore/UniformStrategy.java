package dev.simscaffold.core.explore;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.random.SimRandom;

/**
 * The default strategy, {@link Strategy#uniform()}: the order runs always had. Its name says where the
 * spread comes from: delays are drawn uniformly in their ranges and the network runs events when their
 * drawn time comes; the harness flips a fair coin between its oldest ready routed message and its next
 * input. The simulators recognise it and take their events straight off their queues, so the default
 * costs nothing; its chooser gives the same answers for runs that go through the seam explicitly.
 */
@Api(Api.Status.EXPERIMENTAL)
public record UniformStrategy() implements Strategy {

    /** The only instance needed. */
    static final UniformStrategy INSTANCE = new UniformStrategy();

    /** How likely a harness is to deliver its oldest ready routed message before its next input. */
    public static final double DELIVER_BEFORE_INPUT = 0.5;

    @Override
    public String name() {
        return "uniform";
    }

    /** Places every message at its drawn tick, drawing nothing: the default order, as a portfolio's member. */
    @Override
    public Placer placer(SimRandom random) {
        return (origin, target, slack) -> 0;
    }

    @Override
    public Chooser chooser(SimRandom random) {
        return enabled -> isRoutedOrInput(enabled) ? (random.chance(DELIVER_BEFORE_INPUT) ? 0 : 1) : 0;
    }

    private static boolean isRoutedOrInput(EnabledEvents enabled) {
        return enabled.size() == 2 && enabled.kind(1) == EnabledEvent.Kind.INPUT;
    }
}
