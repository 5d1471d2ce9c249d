package dev.simscaffold.testkit.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplayCommandTest {

    private static final TestCoordinates TEST = new TestCoordinates("com.example.LeaseProperties", "holdsUnderFaults");

    @Test
    void aModuleWithItsOwnWrapperReplaysInPlace(@TempDir Path module) throws IOException {
        Files.createFile(module.resolve("mvnw"));
        assertThat(ReplayCommand.of(TEST, 42, module))
                .isEqualTo("./mvnw test -Dtest='LeaseProperties#holdsUnderFaults' -Dsim.seed=42");
    }

    @Test
    void aModuleOfAReactorReplaysFromTheRootWithItsPath(@TempDir Path root) throws IOException {
        Files.createFile(root.resolve("mvnw"));
        Path module = Files.createDirectories(root.resolve("services/leases"));
        assertThat(ReplayCommand.of(TEST, -7, module)).isEqualTo(
                "./mvnw test -pl services/leases -am -Dsurefire.failIfNoSpecifiedTests=false -Dtest='LeaseProperties#holdsUnderFaults' -Dsim.seed=-7");
    }

    @Test
    void withoutAWrapperItFallsBackToMaven(@TempDir Path module) {
        assertThat(ReplayCommand.of(TEST, 1, module)).isEqualTo("mvn test -Dtest='LeaseProperties#holdsUnderFaults' -Dsim.seed=1");
    }

    @Test
    void findsTheTestOnTheCallStack() {
        assertThat(viaAHelper()).contains(new TestCoordinates(ReplayCommandTest.class.getName(), "findsTheTestOnTheCallStack"));
        assertThat(ReplayCommand.forCallingTest(9)).contains("-Dtest='ReplayCommandTest#findsTheTestOnTheCallStack'").endsWith("-Dsim.seed=9");
    }

    @ParameterizedTest
    @ValueSource(ints = 1)
    void findsParameterizedTestsToo(int ignored) {
        assertThat(TestCoordinates.ofCallingTest()).map(TestCoordinates::methodName).contains("findsParameterizedTestsToo");
    }

    @Test
    void nestedClassesKeepTheirOuterClass() {
        assertThat(new TestCoordinates("com.example.Outer$Inner", "m").surefireFilter()).isEqualTo("Outer$Inner#m");
        assertThatThrownBy(() -> new TestCoordinates("", "m")).hasMessageContaining("#m");
    }

    private static java.util.Optional<TestCoordinates> viaAHelper() {
        return TestCoordinates.ofCallingTest();
    }
}
