package dev.simscaffold.core.nemesis;

import dev.simscaffold.core.Api;
import java.util.List;
import java.util.Objects;

/**
 * One nemesis: when it considers striking, whom, with what, how likely, and how long a lasting fault lasts. A
 * value, so it can be shared by every run of a sweep; a {@link NemesisRunner} keeps the per-run state.
 *
 * <p>When the trigger fires, the runner draws, in this order and inside a {@code fault.nemesis.<name>} span:
 * whether to strike ({@code probability}; a probability of 0 draws nothing), how many ticks in
 * {@code [0, maxDelayTicks]} to wait, which of {@code strikes}, which candidate, and how many ticks in
 * {@code [1, maxTicks]} the fault lasts. Smaller draws mean no strike, no wait, the first strike kind, the first
 * candidate and the shortest fault, which is what the shrinker moves toward. A wait lets a node that just took
 * a role act on it first (a new leader accepts writes, then falls); a candidate that is down when the wait ends
 * is spared, and counted in {@link NemesisStats#noTarget()}.
 *
 * @param name a non-empty name, unique within a runner, used in span labels, statistics and failures
 * @param trigger when to consider striking
 * @param target whom
 * @param strikes the fault kinds drawn from, not empty, without repeats
 * @param probability the chance of striking each time the trigger fires, in [0, 1]
 * @param maxDelayTicks the longest wait between the trigger and the strike, {@code >= 0}
 * @param maxTicks the longest a crash, power loss, pause or partition lasts, {@code >= 1}
 */
@Api(Api.Status.EXPERIMENTAL)
public record Nemesis(String name, Trigger trigger, Target target, List<Strike> strikes, double probability, long maxDelayTicks,
        long maxTicks) {

    /**
     * Validates the components, naming the value that is refused.
     *
     * @param name the name
     * @param trigger the trigger
     * @param target the target
     * @param strikes the fault kinds
     * @param probability the chance of striking
     * @param maxDelayTicks the longest wait
     * @param maxTicks the longest fault
     */
    public Nemesis {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("nemesis name must be a non-empty name, got " + (name == null ? "null" : "\"\""));
        }
        Objects.requireNonNull(trigger, "nemesis " + name + ": trigger must not be null");
        Objects.requireNonNull(target, "nemesis " + name + ": target must not be null");
        strikes = List.copyOf(Objects.requireNonNull(strikes, "nemesis " + name + ": strikes must not be null"));
        if (strikes.isEmpty() || strikes.stream().distinct().count() != strikes.size()) {
            throw new IllegalArgumentException("nemesis " + name + ": strikes must be distinct and not empty, got " + strikes);
        }
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("nemesis " + name + ": probability must be in [0, 1], got " + probability);
        }
        if (maxDelayTicks < 0) {
            throw new IllegalArgumentException("nemesis " + name + ": maxDelayTicks must be >= 0, got " + maxDelayTicks);
        }
        if (maxTicks < 1) {
            throw new IllegalArgumentException("nemesis " + name + ": maxTicks must be >= 1, got " + maxTicks);
        }
    }

    /**
     * Returns this nemesis with another chance of striking.
     *
     * @param chance in [0, 1]
     * @return the new nemesis
     * @throws IllegalArgumentException naming the value if it is outside [0, 1]
     */
    public Nemesis withProbability(double chance) {
        return new Nemesis(name, trigger, target, strikes, chance, maxDelayTicks, maxTicks);
    }

    /**
     * Returns this nemesis drawing from other fault kinds.
     *
     * @param kinds the kinds, not empty
     * @return the new nemesis
     */
    public Nemesis withStrikes(Strike... kinds) {
        return new Nemesis(name, trigger, target, List.of(kinds), probability, maxDelayTicks, maxTicks);
    }

    /**
     * Returns this nemesis with faults lasting at most {@code ticks}.
     *
     * @param ticks {@code >= 1}
     * @return the new nemesis
     */
    public Nemesis withMaxTicks(long ticks) {
        return new Nemesis(name, trigger, target, strikes, probability, maxDelayTicks, ticks);
    }

    /**
     * Returns this nemesis waiting up to {@code ticks} between its trigger and its strike.
     *
     * @param ticks {@code >= 0}
     * @return the new nemesis
     */
    public Nemesis withMaxDelayTicks(long ticks) {
        return new Nemesis(name, trigger, target, strikes, probability, ticks, maxTicks);
    }

    /**
     * Returns this nemesis under another name, to run two variants side by side.
     *
     * @param newName a non-empty name
     * @return the new nemesis
     */
    public Nemesis named(String newName) {
        return new Nemesis(newName, trigger, target, strikes, probability, maxDelayTicks, maxTicks);
    }
}
