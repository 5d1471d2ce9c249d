package dev.simscaffold.core.fault;

import dev.simscaffold.core.internal.Require;

/**
 * Faults the harness applies to the effects a state machine emits: the outside world may never see an
 * effect, see it twice, or see it late.
 *
 * @param dropRate probability that an effect is lost, in [0, 1]
 * @param duplicateRate probability that a delivered effect is delivered a second time, in [0, 1]
 * @param delayRate probability that an effect is held back, in [0, 1]
 * @param minDelayTicks shortest hold-back of a delayed effect, in ticks, {@code >= 0}
 * @param maxDelayTicks longest hold-back of a delayed effect, in ticks, {@code >= minDelayTicks}
 */
public record EffectFaults(double dropRate, double duplicateRate, double delayRate, long minDelayTicks, long maxDelayTicks) {

    /** No effect faults: every effect is delivered once, at once. */
    public static final EffectFaults NONE = new EffectFaults(0, 0, 0, 0, 0);

    /**
     * Validates the components; the message of any failure names the bad component and value.
     *
     * @param dropRate the {@code dropRate} component
     * @param duplicateRate the {@code duplicateRate} component
     * @param delayRate the {@code delayRate} component
     * @param minDelayTicks the {@code minDelayTicks} component
     * @param maxDelayTicks the {@code maxDelayTicks} component
     */
    public EffectFaults {
        Require.rate("effects.dropRate", dropRate);
        Require.rate("effects.duplicateRate", duplicateRate);
        Require.rate("effects.delayRate", delayRate);
        Require.nonNegative("effects.minDelayTicks", minDelayTicks);
        Require.nonNegative("effects.maxDelayTicks", maxDelayTicks);
        Require.ordered("effects.minDelayTicks", minDelayTicks, "effects.maxDelayTicks", maxDelayTicks);
    }

    /**
     * Tells whether any effect fault can happen.
     *
     * @return true if some rate is positive
     */
    public boolean enabled() {
        return dropRate > 0 || duplicateRate > 0 || delayRate > 0;
    }
}
