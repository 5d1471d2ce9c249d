package org.acme.pipeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.simscaffold.testkit.rules.DeterminismRules;
import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps this module's logic simulatable under the moderate determinism boundary: the {@code adapter}
 * package may read files, clocks and threads, everything else holds to the strict rules (no wall clock, no
 * unseeded randomness, no threads, no environment reads, no hash-ordered collections, no parallel streams)
 * and, on top of sim-testkit's rules, performs no I/O: files, channels and sockets are reached only through
 * the boundary interfaces. The production classes are read from Maven's output directory, so test code
 * (which may do as it likes) is never judged.
 */
class DeterminismRulesTest {

    /**
     * The one package allowed to touch the real world, named in full: {@code "..adapter.."} would also
     * exempt the whole module if its own package had an {@code adapter} segment.
     */
    private static final String ADAPTERS = "org.acme.pipeline.adapter..";

    /** The moderate rules plus the I/O rule this module's shape needs. */
    private static final ArchRule RULES = CompositeArchRule.of(DeterminismRules.moderate(ADAPTERS)).and(noIoOutsideTheAdapters());

    @Test
    void productionCodeFollowsTheModerateDeterminismRules() {
        JavaClasses production = new ClassFileImporter().importPath(Path.of("target", "classes"));
        RULES.check(production);
    }

    @Test
    void aFilePlantedInTheLogicPackageFailsTheRules() {
        EvaluationResult result = RULES.evaluate(new ClassFileImporter().importClasses(PlantedFileAccess.class));

        assertThat(result.hasViolation()).as("a logic class that uses java.io.File").isTrue();
        assertThat(result.getFailureReport().toString()).contains(PlantedFileAccess.class.getName()).contains("java.io.File");
    }

    private static ArchRule noIoOutsideTheAdapters() {
        return noClasses().that(DeterminismRules.outsidePackages(ADAPTERS))
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.nio.channels..", "java.net..")
                .as("no I/O outside the adapters")
                .because("the logic and the driver reach files, channels and sockets only through RecordSource, OutputSink, "
                        + "QuarantineSink and CheckpointStore, whose adapters reach files only through sim-core's FileSystem port, so "
                        + "that the simulation can run them on a simulated file system");
    }

    /** What the rules exist to stop: a logic-package class that reads a file itself. */
    static final class PlantedFileAccess {

        boolean checkpointExists() {
            return new File("checkpoint").exists();
        }
    }
}
