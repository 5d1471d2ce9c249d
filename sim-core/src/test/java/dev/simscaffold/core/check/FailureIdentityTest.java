package dev.simscaffold.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.random.SimRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shrinking keeps the bug the run hit. Two invariants guard one running sum: it is never exactly 4,
 * and it stays below 30. A run that broke "below 30" could shrink to {@code [4]}, which is simpler but
 * breaks the other invariant; with failure identity it must not, and the other bug is reported after.
 */
class FailureIdentityTest {

    record Scenario(List<Integer> inputs, SimRandom random) {
    }

    static final Gen<Scenario> SCENARIOS = Gen.zip(Gen.lists(Gen.ints(0, 10), 0, 20), Gen.liveRandom(), Scenario::new);

    static final String NEVER_FOUR = "the sum is never exactly 4";
    static final String BELOW_THIRTY = "the sum stays below 30";

    static void run(Scenario scenario) {
        SimHarness<Integer, Integer, Integer> harness = SimHarness.<Integer, Integer, Integer>builder(
                        (sum, x, now) -> Step.of(sum + x))
                .context(new SimContext(scenario.random()))
                .instances(1, 0)
                .expect(Expectation.always(NEVER_FOUR, view -> view.states().get(0) == 4 ? List.of("sum is 4") : List.of()))
                .expect(Expectation.always(BELOW_THIRTY, view -> view.states().get(0) >= 30 ? List.of("sum is " + view.states().get(0)) : List.of()))
                .build();
        scenario.inputs().forEach(x -> harness.apply(0, x));
    }

    @Test
    void aFailureOfOneInvariantNeverShrinksIntoTheOther() {
        int belowThirty = 0;
        int slips = 0;
        int alsoReported = 0;
        for (long seed = 1; seed <= 140; seed++) {
            Falsified<Scenario> failure = (Falsified<Scenario>) PropertyRunner.check(SCENARIOS, PropertySettings.seeded(seed), FailureIdentityTest::run);
            if (!failure.original().origin().where().equals(BELOW_THIRTY)) {
                continue;
            }
            belowThirty++;
            if (!failure.shrunk().origin().where().equals(BELOW_THIRTY)) {
                slips++;
            }
            if (failure.alsoFound().stream().anyMatch(other -> other.origin().where().equals(NEVER_FOUR))) {
                alsoReported++;
            }
        }
        assertThat(belowThirty).as("runs whose first failure broke \"below 30\"").isGreaterThanOrEqualTo(100);
        assertThat(slips).as("of them, shrunk into the other invariant").isZero();
        assertThat(alsoReported).as("of them, reporting the other bug after the main one").isPositive();
    }

    @Test
    void theOtherFailuresAreShrunkAndReportedAfterTheMainOne() {
        Falsified<Scenario> failure = firstFailingWith(BELOW_THIRTY);

        assertThat(failure.shrunk().value().inputs()).containsExactly(10, 10, 10);
        assertThat(failure.alsoFound()).anySatisfy(other -> {
            assertThat(other.origin()).isEqualTo(new FailureOrigin("invariant", NEVER_FOUR));
            assertThat(other.value().inputs()).containsExactly(4);
        });
    }

    @Test
    void otherThrowablesAreTheSameFailureOnlyWhenTypeAndLineMatch() {
        PropertyCheck<Integer> twoLines = x -> {
            if (x > 500) {
                throw new IllegalStateException("big " + x);
            }
            if (x > 5) {
                throw new IllegalStateException("small " + x);
            }
        };
        FailureOrigin big = FailureOrigin.of(failureOf(twoLines, 600));
        FailureOrigin small = FailureOrigin.of(failureOf(twoLines, 6));

        assertThat(big.kind()).isEqualTo(IllegalStateException.class.getName());
        assertThat(big.where()).contains("FailureIdentityTest");
        assertThat(big).isNotEqualTo(small);
        assertThat(FailureIdentity.TYPE.keyOf(failureOf(twoLines, 600))).isEqualTo(FailureIdentity.TYPE.keyOf(failureOf(twoLines, 6)));
    }

    @Test
    void anExceptionTheJitMayThrowWithoutAStackTraceHasTheSameOriginWithOrWithoutOne() {
        Object[] nothing = {null};
        int[] one = new int[1];
        Object[] strings = new String[1];
        List<Throwable> thrownByTheJvm = List.of(
                failureOf(x -> nothing[0].hashCode(), 0),
                failureOf(x -> System.out.print(1 / x), 0),
                failureOf(x -> System.out.print(one[x]), 5),
                failureOf(x -> {
                    Object boxed = x;
                    System.out.print((String) boxed);
                }, 0),
                failureOf(x -> strings[0] = Integer.valueOf(x), 0));

        for (Throwable withTrace : thrownByTheJvm) {
            assertThat(withTrace.getStackTrace()).as(withTrace.toString()).isNotEmpty();
            Throwable asCompiledCodeThrowsIt = withoutStackTrace(withTrace);

            assertThat(FailureOrigin.of(asCompiledCodeThrowsIt)).as(withTrace.toString()).isEqualTo(FailureOrigin.of(withTrace));
            assertThat(FailureOrigin.of(withTrace).where()).isEqualTo(FailureOrigin.ANY_LINE);
        }
    }

    @Test
    void aSubclassOfSuchAnExceptionKeepsItsLineSinceTheJvmNeverThrowsOneWithoutATrace() {
        FailureOrigin origin = FailureOrigin.of(failureOf(x -> {
            throw new ThrownByTheApplication();
        }, 0));

        assertThat(origin.where()).contains("FailureIdentityTest");
    }

    /** An application's own kind of null pointer exception, which it throws itself. */
    private static final class ThrownByTheApplication extends NullPointerException {
        private static final long serialVersionUID = 1L;
    }

    /** A throwable of the same class with neither message nor stack trace, like HotSpot's pre-allocated instances. */
    private static Throwable withoutStackTrace(Throwable thrown) {
        try {
            Throwable bare = thrown.getClass().getConstructor().newInstance();
            bare.setStackTrace(new StackTraceElement[0]);
            return bare;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Throwable failureOf(PropertyCheck<Integer> check, int x) {
        try {
            check.check(x);
        } catch (Throwable failure) {
            return failure;
        }
        throw new AssertionError("no failure for " + x);
    }

    private static Falsified<Scenario> firstFailingWith(String invariant) {
        for (long seed = 1; seed <= 200; seed++) {
            Falsified<Scenario> failure = (Falsified<Scenario>) PropertyRunner.check(SCENARIOS, PropertySettings.seeded(seed), FailureIdentityTest::run);
            if (failure.original().origin().where().equals(invariant)
                    && failure.alsoFound().stream().anyMatch(other -> other.origin().where().equals(NEVER_FOUR))) {
                return failure;
            }
        }
        throw new AssertionError("no seed fails first with " + invariant + " and meets the other bug");
    }
}
