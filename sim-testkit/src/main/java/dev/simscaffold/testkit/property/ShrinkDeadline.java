package dev.simscaffold.testkit.property;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The wall-time stop hook of a property's shrink ({@code shrinkTimeLimit}): the clock starts when shrinking
 * first asks, so generation time does not count against it, and the hook remembers whether it fired, so the
 * report can say that the time limit, not the search, ended the shrink.
 */
final class ShrinkDeadline implements BooleanSupplier {

    private final Duration limit;
    private long end;
    private boolean started;
    private boolean fired;

    ShrinkDeadline(Duration limit) {
        this.limit = limit;
    }

    @Override
    public boolean getAsBoolean() {
        long now = System.nanoTime();
        if (!started) {
            started = true;
            end = now + limit.toNanos();
        }
        fired |= now - end > 0;
        return fired;
    }

    /** Tells whether the limit was reached, which stopped the shrink. */
    boolean fired() {
        return fired;
    }

    Duration limit() {
        return limit;
    }
}
