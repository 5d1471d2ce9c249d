package dev.simscaffold.core.explore;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.random.SimRandom;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * A portfolio, {@link Strategy#portfolio(Strategy...)}: each run explores with one of its members, as a
 * portfolio of schedulers does across the iterations of Coyote or Fray. The member is the run's first draw
 * on the chooser's stream, uniform over the members (none with one member), so a seed picks the same
 * member again and replays; shrinking that draw moves a run to the first member. Over many tries every
 * member gets its share of runs without the chooser knowing which try it is in, which it cannot (a run
 * replays from its seed alone).
 *
 * @param members the strategies to rotate, at least one, none null and none itself a portfolio
 */
@Api(Api.Status.EXPERIMENTAL)
public record PortfolioStrategy(List<Strategy> members) implements Strategy {

    /**
     * Validates and copies the members; a failure names the bad value.
     *
     * @param members at least one, none null, no portfolio
     */
    public PortfolioStrategy {
        if (members == null || members.isEmpty()) {
            throw new IllegalArgumentException("a portfolio needs at least one member strategy, got " + members);
        }
        for (Strategy member : members) {
            if (member == null || member instanceof PortfolioStrategy) {
                throw new IllegalArgumentException("a portfolio's members must be non-null strategies other than portfolios, got "
                        + member + " in " + members);
            }
        }
        members = List.copyOf(members);
    }

    /** {@code portfolio:} followed by the members' names, separated by commas. */
    @Override
    public String name() {
        return "portfolio:" + members.stream().map(Strategy::name).collect(Collectors.joining(","));
    }

    /**
     * A run explores with each member one time in {@code members.size()}: the best member's bound, shared
     * that way; empty when no member has a bound.
     */
    @Override
    public OptionalDouble bound(long chains, long decisions) {
        Strategy.checkSize(chains, decisions);
        OptionalDouble best = OptionalDouble.empty();
        for (Strategy member : members) {
            OptionalDouble bound = member.bound(chains, decisions);
            if (bound.isPresent() && (best.isEmpty() || bound.getAsDouble() > best.getAsDouble())) {
                best = bound;
            }
        }
        return best.isPresent() ? OptionalDouble.of(best.getAsDouble() / members.size()) : best;
    }

    /**
     * The longest hold of a member, for a chooser over enabled events: windows are widened before a run's member
     * is drawn, so there every member of a portfolio with a {@link HoldStrategy} orders within the widened windows.
     * A network places with the drawn member's {@link #placer}, which keeps that member's own hold.
     */
    @Override
    public long holdTicks() {
        return members.stream().mapToLong(Strategy::holdTicks).max().orElse(0);
    }

    /**
     * The placer of the member the run's first draw picks, as {@link #chooser} picks; null if that member has
     * none. Each member keeps its own hold: a portfolio's placement widens only the windows of a hold member.
     */
    @Override
    public Placer placer(SimRandom random) {
        int member = members.size() == 1 ? 0 : random.nextInt(members.size());
        return members.get(member).placer(random);
    }

    @Override
    public Chooser chooser(SimRandom random) {
        int member = members.size() == 1 ? 0 : random.nextInt(members.size());
        return members.get(member).chooser(random);
    }
}
