// archetype-coordination's part of the post-generate machine (archetypes/archetype-support): what it
// generates and what its report says. {moduleName} stands for the property's value; the plugin writes
// each template under its name without it, and the files marked rendered are written by the machine
// itself from META-INF/sim-scaffold/templates/ once the properties are known to be good.
// The files every archetype generates alike (the campaign files, DeterminismRulesTest, the pending stubs)
// and the report's defaults come from archetypes/src/sim-scaffold-spec/shared.groovy, which the machine reads first.
[
    type             : 'A: Coordination',
    archetype        : 'archetype-coordination',
    pattern          : 'pure state machine + effects as data: {moduleName}Logic.transition(state, input, now) -> Step(state, effects)',
    shippedInvariants: ['at most one live holder per shard', 'fencing epochs strictly increase per shard',
                        'an expired lease is never renewed', 'a release by a non-holder changes nothing',
                        'a request with a stale fencing epoch never changes the table'],
    // Its README shows the trace file the planted-bug property writes; the ITs check it is that very file.
    readmeSampleTrace: true,
    // How the shared pending templates (archetypes/src/sim-scaffold-templates) declare a stub and say what runs it.
    pendingCheck     : [imports : ['dev.simscaffold.core.expect.Expectation', 'dev.simscaffold.core.harness.Transition'],
                        declared: 'Expectation<Transition<{moduleName}State, {moduleName}Input>>', factory: 'Expectation.always',
                        arguments: 'step', scenario: 'the faulty scenario'],
    nextSteps        : ['Rename the lease-table example in {moduleName}State/Input/Effect/Logic to your domain',
                        'Plant a bug per new invariant in PlantedBugTest to prove it can fail',
                        'Teach the workers in {moduleName}Simulation the requests your clients send'],
    files            : [
        [path: '.github/workflows/sim-verify.yml', rendered: true, about: 'GitHub Actions on every push: `mvn verify`, then the tests once more in another time zone and locale (Asia/Kathmandu, Turkish) with a stray environment variable'],
        [path: 'pom.xml', about: 'sim-core (compile), sim-testkit + JUnit 5 + AssertJ (test); versions, Java 17 and `-Xlint:all` with `-Werror` on main code from sim-scaffold-module-parent (inherited; inside your own parent, copied)'],
        [path: 'README.md', rendered: true, about: 'this file'],
        [path: 'src/main/java/package-info.java', about: "the module's documentation"],
        [path: 'src/main/java/{moduleName}State.java', about: 'the table: leases and issued epochs per shard (immutable record)'],
        [path: 'src/main/java/{moduleName}Input.java', about: 'requests: `Acquire`, `Renew`, `Release` (sealed interface of records)'],
        [path: 'src/main/java/{moduleName}Effect.java', about: 'answers: `Granted`, `Renewed`, `Released`, `Rejected` (sealed interface of records)'],
        [path: 'src/main/java/Lease.java', about: 'one lease: holder, fencing epoch, grant time, deadline'],
        [path: 'src/main/java/{moduleName}Logic.java', about: 'the pure transition function, a sim-core `StateMachine`'],
        [path: 'src/test/java/{moduleName}Simulation.java', about: '`SimHarness` wiring: tables, workers, faults, invariants'],
        [path: 'src/test/java/{moduleName}Invariants.java', about: 'the invariants, each a named check of one step (before, request, after, time)'],
        [path: 'src/test/java/{moduleName}Properties.java', about: 'shrinking properties: invariants hold without faults and under faults; seed sweeps: every rule and fault is exercised, a seed replays its run, also in a fresh JVM'],
        [path: 'src/test/java/{moduleName}LogicTest.java', about: 'example-based tests, one rule per test'],
        [path: 'src/test/java/{moduleName}ExhaustiveTest.java', about: 'every interleaving of two workers on one shard, 8 steps deep, judged by every shipped invariant'],
        [path: 'src/test/java/PlantedBugTest.java', about: 'proof that every invariant catches a broken rule'],
    ],
]
