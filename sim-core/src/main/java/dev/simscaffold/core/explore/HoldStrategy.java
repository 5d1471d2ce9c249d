package dev.simscaffold.core.explore;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.random.SimRandom;
import java.util.Objects;

/**
 * A strategy that chooses delays, {@link Strategy#hold(long, Strategy)}: the network widens every message's
 * delivery window by {@code ticks} past its drawn delay, and {@code inner} decides among the enabled events
 * as usual. Another strategy can only place a delivery inside the window its drawn delay allows, while
 * timers and disk completions are fixed in time; holding a message back lets the chooser deliver it after a
 * timer, or after messages sent up to {@code ticks} later, which a bug of depth 3 over a short delay range
 * needs (an update overtaken by two later ones). On a network the inner strategy's {@link Placer} places each
 * message in the widened window; every hold is one of its recorded draws, so a run replays and shrinks towards
 * the default order (no hold at all).
 *
 * @param ticks how far past its drawn window a message may be held, at least 1
 * @param inner the strategy that decides among the enabled events, neither a hold nor a portfolio
 */
@Api(Api.Status.EXPERIMENTAL)
public record HoldStrategy(long ticks, Strategy inner) implements Strategy {

    /**
     * Validates the parameters, naming the bad value.
     *
     * @param ticks at least 1
     * @param inner not null, not a hold, not a portfolio
     */
    public HoldStrategy {
        Require.atLeastOne("hold ticks", ticks);
        Objects.requireNonNull(inner, "a hold needs an inner strategy, got null");
        if (inner instanceof HoldStrategy || inner instanceof PortfolioStrategy || inner instanceof UniformStrategy) {
            throw new IllegalArgumentException("a hold's inner strategy must be random-walk, pct or pos, got '" + inner.name() + "'");
        }
    }

    @Override
    public String name() {
        return "hold:" + ticks + ":" + inner.name();
    }

    @Override
    public Chooser chooser(SimRandom random) {
        return inner.chooser(random);
    }

    /** The inner strategy's placer, given {@code ticks} more slack per message. */
    @Override
    public Placer placer(SimRandom random) {
        Placer placer = inner.placer(random);
        if (placer == null) {
            return null;
        }
        return new Placer() {
            @Override
            public long place(int origin, int target, long slack) {
                return placer.place(origin, target, slack);
            }

            @Override
            public long holdTicks() {
                return ticks;
            }

            @Override
            public boolean replacesRaced() {
                return placer.replacesRaced();
            }
        };
    }

    @Override
    public long holdTicks() {
        return ticks;
    }

    @Override
    public java.util.OptionalDouble bound(long chains, long decisions) {
        return inner.bound(chains, decisions);
    }
}
