package org.acme.pipeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import org.acme.pipeline.adapter.FileCheckpointStore;
import org.acme.pipeline.adapter.FileRecordSource;
import org.acme.pipeline.adapter.FramedFileSink;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The storage seam, held by ArchUnit over the test classes: the simulation runs the production adapters on
 * a simulated file system, so no test class may implement a storage boundary itself (a simulated twin would
 * prove things of code production never runs). The planted bugs are the one exception: they are wrong on
 * purpose, and live in {@code PlantedBugTest}.
 */
class StorageSeamTest {

    private static final JavaClasses TESTS = new ClassFileImporter().importPath(Path.of("target", "test-classes"));

    @Test
    void noTestClassImplementsAStorageBoundary() {
        noTwins(PlantedBugTest.class, StorageSeamTest.class).check(TESTS);
    }

    @Test
    void aTwinPlantedInATestFailsTheRule() {
        var result = noTwins(PlantedBugTest.class).evaluate(new ClassFileImporter().importClasses(PlantedTwin.class));

        assertThat(result.hasViolation()).as("a test class that implements CheckpointStore").isTrue();
        assertThat(result.getFailureReport().toString()).contains(PlantedTwin.class.getName()).contains("CheckpointStore");
    }

    private static ArchRule noTwins(Class<?>... exempt) {
        return noClasses().that().resideInAPackage("org.acme.pipeline..").and().doNotBelongToAnyOf(exempt)
                .should().implement(RecordSource.class).orShould().implement(OutputSink.class)
                .orShould().implement(QuarantineSink.class).orShould().implement(FramedLog.class)
                .orShould().implement(CheckpointStore.class)
                .because("the simulation runs the production adapters on sim-core's SimFileSystem: a simulated twin of an adapter "
                        + "would prove exactly-once of code production never runs");
    }

    @Test
    void theSimulationConstructsTheProductionAdapters() {
        for (Class<?> adapter : new Class<?>[] {FileRecordSource.class, FramedFileSink.class, FileCheckpointStore.class}) {
            classes().that().haveSimpleName("OrderTotalsSimulation")
                    .should().dependOnClassesThat().areAssignableTo(adapter)
                    .because("the simulation must run " + adapter.getSimpleName() + ", the class production runs")
                    .check(TESTS);
        }
    }

    /** What the rule exists to stop: a simulated twin of the checkpoint store, written in a test. */
    static final class PlantedTwin implements CheckpointStore {

        private Optional<Checkpoint> last = Optional.empty();

        @Override
        public Optional<Checkpoint> load() {
            return last;
        }

        @Override
        public void commit(Checkpoint checkpoint) {
            last = Optional.of(checkpoint);
        }
    }
}
