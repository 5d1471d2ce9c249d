package dev.simscaffold.testkit.assertions;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.harness.EffectFate;
import dev.simscaffold.core.harness.EffectRecord;
import dev.simscaffold.core.harness.SimHarness;
import java.util.Objects;

/**
 * AssertJ assertions on a {@link SimHarness}: those of every {@link SimulationAssert} plus states, effects
 * and steps. Every failure message names the seed, so a failing assertion is as replayable as a failing
 * invariant.
 */
@Api(Api.Status.STABLE)
public final class HarnessAssert extends SimulationAssert<HarnessAssert, SimHarness<?, ?, ?>> {

    HarnessAssert(SimHarness<?, ?, ?> actual) {
        super(actual, HarnessAssert.class);
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
}
