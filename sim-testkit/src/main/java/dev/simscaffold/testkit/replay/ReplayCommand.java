package dev.simscaffold.testkit.replay;

import dev.simscaffold.core.Api;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds the shell command that reruns exactly one failing case, in a form that works from where the user
 * stands: in a module with its own wrapper, {@code ./mvnw test -Dtest=...}; in a module of a reactor whose
 * root has the wrapper, the same from the root with {@code -pl <module> -am}; with no wrapper, {@code mvn}.
 */
@Api(Api.Status.INTERNAL)
public final class ReplayCommand {

    private ReplayCommand() {
    }

    /**
     * Builds the replay command for a test and seed, relative to the test JVM's working directory (Surefire
     * runs tests in the module's directory).
     *
     * @param test the test to rerun
     * @param seed the seed that reproduces the failure
     * @return the command
     */
    public static String of(TestCoordinates test, long seed) {
        return of(test, seed, Path.of("").toAbsolutePath());
    }

    /**
     * Builds the replay command as seen from a given module directory.
     *
     * @param test the test to rerun
     * @param seed the seed that reproduces the failure
     * @param moduleDirectory the directory of the module holding the test
     * @return the command
     */
    public static String of(TestCoordinates test, long seed, Path moduleDirectory) {
        return of(test, SimProperty.SEED.flag(seed), moduleDirectory);
    }

    /**
     * Builds the command that replays one exact recorded test case: a failure found while shrinking
     * another has no seed of its own, so the command carries its choices ({@code -Dsim.replay}).
     *
     * @param test the test to rerun
     * @param seed the seed the recorded case reported
     * @param encodedChoices the case's choices, as {@code ChoiceSequence.encoded()} wrote them
     * @return the command
     */
    public static String ofCase(TestCoordinates test, long seed, String encodedChoices) {
        return of(test, SimProperty.SEED.flag(seed) + " " + SimProperty.REPLAY.flag(encodedChoices), Path.of("").toAbsolutePath());
    }

    /**
     * Builds the command that replays a model checker's counterexample: the test, with the path its model
     * check replays instead of searching ({@code -Dsim.path}).
     *
     * @param test the test to rerun
     * @param path the path, as the model checker encodes it
     * @return the command
     */
    public static String ofPath(TestCoordinates test, String path) {
        return of(test, SimProperty.PATH.flag(path), Path.of("").toAbsolutePath());
    }

    private static String of(TestCoordinates test, String properties, Path moduleDirectory) {
        String filter = "-Dtest='" + test.surefireFilter() + "' " + properties;
        Path module = moduleDirectory.toAbsolutePath().normalize();
        for (Path dir = module; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                if (dir.equals(module)) {
                    return "./mvnw test " + filter;
                }
                String relative = dir.relativize(module).toString().replace('\\', '/');
                return "./mvnw test -pl " + relative + " -am -Dsurefire.failIfNoSpecifiedTests=false " + filter;
            }
        }
        return "mvn test " + filter;
    }

    /**
     * Builds the command that reruns the innermost test on the call stack with some system properties, such as
     * a guided campaign's {@code -Dsim.choices=<file>}, or a generic one naming only the properties when not
     * called from a test.
     *
     * @param properties the {@code -D} options, as one text
     * @return the command
     */
    public static String forCallingTestWith(String properties) {
        return TestCoordinates.ofCallingTest()
                .map(test -> of(test, properties, Path.of("").toAbsolutePath()))
                .orElse("rerun the failing test with " + properties);
    }

    /**
     * Builds the replay command for the innermost test on the call stack, or a generic one naming only the
     * seed when not called from a test.
     *
     * @param seed the seed that reproduces the failure
     * @return the command
     */
    public static String forCallingTest(long seed) {
        return TestCoordinates.ofCallingTest()
                .map(test -> of(test, seed))
                .orElse("rerun the failing test with " + SimProperty.SEED.flag(seed));
    }
}
