package dev.simscaffold.testkit.assertions;

import dev.simscaffold.core.harness.EffectFate;
import dev.simscaffold.core.harness.EffectRecord;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.testkit.replay.ReplayCommand;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link SimHarness}. Every failure message names the seed, so a failing
 * assertion is as replayable as a failing invariant.
 */
public final class HarnessAssert extends AbstractAssert<HarnessAssert, SimHarness<?, ?, ?>> {

    HarnessAssert(SimHarness<?, ?, ?> actual) {
        super(actual, HarnessAssert.class);
    }

    /**
     * Checks that no invariant violation was recorded.
     *
     * @return this assertion
     */
    public HarnessAssert hasNoViolations() {
        isNotNull();
        try {
            new TraceAssert(actual.trace()).hasNoViolations();
        } catch (AssertionError e) {
            failWithMessage("%s%n%s", seedLine(), e.getMessage());
        }
        return this;
    }

    /**
     * Checks the trace fingerprint, as 16 hex digits.
     *
     * @param hex the expected fingerprint
     * @return this assertion
     */
    public HarnessAssert hasFingerprint(String hex) {
        isNotNull();
        if (!actual.trace().fingerprintHex().equalsIgnoreCase(hex)) {
            failWithMessage("expected fingerprint %s but was %s%n%s", hex, actual.trace().fingerprintHex(), seedLine());
        }
        return this;
    }

    /**
     * Checks one instance's state.
     *
     * @param instance the instance
     * @param expected the expected state
     * @return this assertion
     */
    public HarnessAssert hasState(int instance, Object expected) {
        isNotNull();
        if (!Objects.equals(actual.state(instance), expected)) {
            failWithMessage("expected instance %d in state%n  %s%nbut was%n  %s%n%s", instance, expected, actual.state(instance), seedLine());
        }
        return this;
    }

    /**
     * Checks that an effect reached the outside world: delivered, duplicated, or delayed and since due.
     *
     * @param effect the effect
     * @return this assertion
     */
    public HarnessAssert delivered(Object effect) {
        isNotNull();
        boolean found = actual.effectLog().stream().anyMatch(r -> Objects.equals(r.effect(), effect) && reachedWorld(r));
        if (!found) {
            failWithMessage("expected %s to have been delivered; effect log:%n%s%s", effect, log(), seedLine());
        }
        return this;
    }

    /**
     * Checks that fault injection dropped an effect.
     *
     * @param effect the effect
     * @return this assertion
     */
    public HarnessAssert dropped(Object effect) {
        isNotNull();
        boolean found = actual.effectLog().stream().anyMatch(r -> Objects.equals(r.effect(), effect) && r.fate() == EffectFate.DROPPED);
        if (!found) {
            failWithMessage("expected %s to have been dropped; effect log:%n%s%s", effect, log(), seedLine());
        }
        return this;
    }

    /**
     * Checks how many inputs were applied.
     *
     * @param expected the expected step count
     * @return this assertion
     */
    public HarnessAssert hasSteps(long expected) {
        isNotNull();
        if (actual.steps() != expected) {
            failWithMessage("expected %d steps but the harness ran %d%n%s", expected, actual.steps(), seedLine());
        }
        return this;
    }

    private boolean reachedWorld(EffectRecord<?> record) {
        return switch (record.fate()) {
            case DELIVERED, DUPLICATED -> true;
            case DELAYED -> !record.deliverAt().isAfter(actual.now());
            case DROPPED -> false;
        };
    }

    private String log() {
        StringBuilder text = new StringBuilder();
        actual.effectLog().forEach(r -> text.append("  step ").append(r.step()).append(" instance-").append(r.instance())
                .append(' ').append(r.fate()).append(' ').append(r.effect()).append(System.lineSeparator()));
        return text.toString();
    }

    private String seedLine() {
        return "seed " + actual.seed() + ", replay: " + ReplayCommand.forCallingTest(actual.seed());
    }
}
