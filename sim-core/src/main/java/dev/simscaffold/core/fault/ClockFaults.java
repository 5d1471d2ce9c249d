package dev.simscaffold.core.fault;

import dev.simscaffold.core.internal.Require;

/**
 * Faults in the passage of time seen by the harness: before a step the clock may jump forward, as
 * after a long GC pause or a suspended VM. This is what makes leases expire at awkward moments.
 *
 * @param jumpRate probability, per step, that the clock jumps before the step, in [0, 1]
 * @param maxJumpTicks largest jump, in ticks; a jump is uniform in [1, maxJumpTicks]; {@code >= 1}
 *                     when {@code jumpRate > 0}
 */
public record ClockFaults(double jumpRate, long maxJumpTicks) {

    /** No clock faults. */
    public static final ClockFaults NONE = new ClockFaults(0, 0);

    /**
     * Validates the components; the message of any failure names the bad component and value.
     *
     * @param jumpRate the {@code jumpRate} component
     * @param maxJumpTicks the {@code maxJumpTicks} component
     */
    public ClockFaults {
        Require.rate("clock.jumpRate", jumpRate);
        Require.nonNegative("clock.maxJumpTicks", maxJumpTicks);
        Require.atLeastOneTickWhenEnabled("clock.jumpRate", jumpRate, "clock.maxJumpTicks", maxJumpTicks);
    }

    /**
     * Tells whether the clock can jump.
     *
     * @return true if jumps are enabled
     */
    public boolean enabled() {
        return jumpRate > 0;
    }
}
