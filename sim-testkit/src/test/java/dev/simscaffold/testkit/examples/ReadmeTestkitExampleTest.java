package dev.simscaffold.testkit.examples;

import static dev.simscaffold.testkit.assertions.SimAssertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.HarnessView;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.testkit.determinism.DeterminismCheck;
import dev.simscaffold.testkit.exhaustive.ExhaustiveSearch;
import dev.simscaffold.testkit.property.Properties;
import dev.simscaffold.testkit.rules.DeterminismRules;
import dev.simscaffold.testkit.report.SimulationReportExtension;
import dev.simscaffold.testkit.scenario.ActionSequences;
import dev.simscaffold.testkit.scenario.Action;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sim-testkit examples shown in the README, kept compiling and passing. */
@ExtendWith(SimulationReportExtension.class)
class ReadmeTestkitExampleTest {

    record Lock(int holder) {
        static final Lock FREE = new Lock(-1);
    }

    record Request(int client, boolean acquire) {
    }

    static final StateMachine<Lock, Request, String> LOCK = (lock, request, now) -> {
        if (request.acquire() && lock.equals(Lock.FREE)) {
            return Step.of(new Lock(request.client()), "granted to " + request.client());
        }
        if (!request.acquire() && lock.holder() == request.client()) {
            return Step.of(Lock.FREE, "released by " + request.client());
        }
        return Step.of(lock);
    };

    static final Expectation<HarnessView<Lock>> AT_MOST_ONE_HOLDER = Expectation.always("every replica agrees on at most one holder",
            view -> view.states().stream().map(Lock::holder).filter(h -> h >= 0).distinct().count() > 1
                    ? List.of("holders " + view.states()) : List.of());

    // DOCS:begin docs/guide/07-sweeps-campaigns-and-ci.md
    @Test
    void mainCodeFollowsTheDeterminismRules() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.simscaffold.core");
        DeterminismRules.moderate("dev.simscaffold.core.storage.nio..").check(main);
    }

    @Test
    void everyInterleavingUpToDepthEightIsSafe() {
        ExhaustiveSearch.builder(LOCK)
                .instances(1, Lock.FREE)
                .alphabet(List.of(
                        Action.apply(0, new Request(1, true)), Action.apply(0, new Request(1, false)),
                        Action.apply(0, new Request(2, true)), Action.apply(0, new Request(2, false))))
                .expect(AT_MOST_ONE_HOLDER)
                .depth(8)
                .build()
                .run()
                .assertHolds();
    }

    @Test
    void theSimulationReplaysFromItsSeed() {
        DeterminismCheck.assertDeterministic(42, seed -> {
            SimHarness<Lock, Request, String> harness = SimHarness.builder(LOCK)
                    .seed(seed).instances(1, Lock.FREE).faults(FaultConfig.hostile()).build();
            SimRandom inputs = harness.context().fork("inputs");
            for (int i = 0; i < 100; i++) {
                harness.apply(0, new Request(inputs.nextInt(3), inputs.chance(0.5)));
            }
            assertThat(harness).hasNoViolations().hasSteps(100);
            return harness.trace();
        });
    }
    // DOCS:end

    // DOCS:begin docs/guide/07-sweeps-campaigns-and-ci.md
    @Test
    void theLockIsSafeUnderRandomScenarios() {
        Gen<List<Action<Request>>> scenarios = ActionSequences.<Request>forInstances(1)
                .input(3, Gen.zip(Gen.ints(0, 2), Gen.booleans(), Request::new))
                .advance(1, 1, 10)
                .lists(1, 50);
        Properties.forAll(scenarios).check(actions -> {
            SimHarness<Lock, Request, String> harness = SimHarness.builder(LOCK)
                    .instances(1, Lock.FREE).expect(AT_MOST_ONE_HOLDER).build();
            ActionSequences.applyAll(harness, actions);
        });
    }
    // DOCS:end
}
