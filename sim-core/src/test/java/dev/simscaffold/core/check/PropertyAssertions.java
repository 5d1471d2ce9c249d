package dev.simscaffold.core.check;

/**
 * sim-core's own properties run on the engine directly (sim-testkit, which depends on sim-core, cannot be
 * used here). A falsified property fails the test with the shrunk value, its failure and the seed.
 */
public final class PropertyAssertions {

    /** Fixed so the build is reproducible; sweeps over many base seeds belong in sim-testkit's tools. */
    public static final long BASE_SEED = 20261125L;

    private PropertyAssertions() {
    }

    /**
     * Runs a property with sim-core's fixed base seed and fails with the shrunk counterexample if it is falsified.
     *
     * @param <T> the generated type
     * @param name the property, as shown in the failure
     * @param gen the generator
     * @param tries how many test cases
     * @param check the property
     * @return how many tries ran
     */
    public static <T> int assertHolds(String name, Gen<T> gen, int tries, PropertyCheck<? super T> check) {
        PropertyResult<T> result = PropertyRunner.check(gen, PropertySettings.seeded(BASE_SEED).withTries(tries), check);
        if (result instanceof Falsified<T> failure) {
            AssertionError error = new AssertionError("property '" + name + "' falsified (failing seed " + failure.failingSeed()
                    + ", " + failure.shrinkSteps() + " shrink steps)\nshrunk: " + failure.shrunk().value()
                    + "\nfailure: " + failure.shrunk().failure().getMessage(), failure.shrunk().failure());
            throw error;
        }
        return ((Passed<T>) result).triesRun();
    }
}
