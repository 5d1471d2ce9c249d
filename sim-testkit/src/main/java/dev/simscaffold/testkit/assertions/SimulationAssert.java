package dev.simscaffold.testkit.assertions;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.Simulation;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.testkit.replay.ReplayCommand;
import org.assertj.core.api.AbstractAssert;

/**
 * The assertions every simulation shares, written once against the {@link Simulation} view: no
 * violations, the fingerprint, coverage (a sometimes condition reached, a fault kind fired). Every failure
 * ends with the seed and the command that replays the calling test.
 *
 * @param <SELF> the concrete assertion type, for chaining
 * @param <ACTUAL> the simulation type
 */
@Api(Api.Status.STABLE)
public abstract class SimulationAssert<SELF extends SimulationAssert<SELF, ACTUAL>, ACTUAL extends Simulation>
        extends AbstractAssert<SELF, ACTUAL> {

    /**
     * Starts assertions on a simulation.
     *
     * @param actual the simulation
     * @param selfType the concrete assertion class
     */
    protected SimulationAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Checks that no invariant violation was recorded.
     *
     * @return this assertion
     */
    public SELF hasNoViolations() {
        isNotNull();
        try {
            new TraceAssert(actual.trace()).hasNoViolations();
        } catch (AssertionError e) {
            failWithMessage("%s%n%s", e.getMessage(), seedLine());
        }
        return myself;
    }

    /**
     * Checks the trace fingerprint, as 16 hex digits.
     *
     * @param hex the expected fingerprint
     * @return this assertion
     */
    public SELF hasFingerprint(String hex) {
        isNotNull();
        if (!actual.trace().fingerprintHex().equalsIgnoreCase(hex)) {
            failWithMessage("expected fingerprint %s but was %s%n%s", hex, actual.trace().fingerprintHex(), seedLine());
        }
        return myself;
    }

    /**
     * Checks that a declared sometimes condition was reached at least once.
     *
     * @param condition the condition's name
     * @return this assertion
     */
    public SELF reached(String condition) {
        isNotNull();
        Long count = actual.coverage().sometimes().get(condition);
        if (count == null || count == 0) {
            failWithMessage("expected the run to reach '%s' but %s%n%s%n%s", condition,
                    count == null ? "no such condition was declared" : "it never did", actual.coverage().describe(), seedLine());
        }
        return myself;
    }

    /**
     * Checks that a fault kind fired at least once, so that a pass means something under that fault.
     *
     * @param fault a fault kind, such as {@link EventKind#EFFECT_DROPPED}
     * @return this assertion
     */
    public SELF fired(EventKind fault) {
        isNotNull();
        if (!fault.fault()) {
            throw new IllegalArgumentException(fault + " is not a fault kind");
        }
        if (actual.trace().count(fault) == 0) {
            failWithMessage("expected %s to fire at least once but it never did%n%s%n%s", fault, actual.coverage().describe(), seedLine());
        }
        return myself;
    }

    /**
     * Returns the line every failure ends with: the seed and the command that replays the calling test.
     *
     * @return the line
     */
    protected String seedLine() {
        return "seed " + actual.seed() + ", replay: " + ReplayCommand.forCallingTest(actual.seed());
    }
}
