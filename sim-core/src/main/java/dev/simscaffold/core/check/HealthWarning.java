package dev.simscaffold.core.check;

import dev.simscaffold.core.Api;

/**
 * One thing a health check found wrong with how a property or campaign explored, not with the system under
 * test: the runs passed, but they may have passed without testing what they were meant to (Hypothesis's
 * health checks, for simulations). A warning never fails a run; {@link HealthTally#assertHealthy()} is the
 * strict mode that makes it.
 *
 * @param kind what was found
 * @param subject what it is about: a nemesis's or site's name, a strategy's, or the runs as a whole
 * @param message the warning, with its counts, as printed
 */
@Api(Api.Status.EXPERIMENTAL)
public record HealthWarning(Kind kind, String subject, String message) {

    /** What a health check finds. */
    public enum Kind {
        /** Some runs handled no event at all: the workload or the set-up did nothing. */
        NO_STEPS,
        /** A generator discarded more test cases than it produced. */
        MOSTLY_DISCARDED,
        /** A nemesis was armed in some runs and never struck in any of them. */
        NEMESIS_NEVER_STRUCK,
        /** A message fault never struck a message in any run. */
        MESSAGE_FAULT_NEVER_STRUCK,
        /** A buggify site was reached and never fired in any run. */
        BUGGIFY_NEVER_FIRED,
        /** A strategy chose among enabled events and never took another than the default order's first. */
        ORDER_NEVER_CHANGED
    }

    /**
     * Validates the components.
     *
     * @param kind the {@code kind} component, not null
     * @param subject the {@code subject} component, not null
     * @param message the {@code message} component, not null
     */
    public HealthWarning {
        if (kind == null || subject == null || message == null) {
            throw new NullPointerException("a health warning needs a kind, a subject and a message, got " + kind + ", " + subject + ", " + message);
        }
    }

    @Override
    public String toString() {
        return "health: " + message;
    }
}
