package dev.simscaffold.testkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * sim-core holds itself to the rules it ships: every class of its main code passes {@code strict()}, except
 * the production file system ({@code core.storage.nio}), the one adapter sim-core ships, which is held to
 * {@code moderate()} with that package as its adapter package.
 */
class SimCoreIsDeterministicTest {

    @Test
    void simCoreMainCodePassesTheStrictRules() {
        JavaClasses simCore = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.simscaffold.core");
        assertThat(simCore.size()).as("sim-core classes imported").isGreaterThan(20);
        DeterminismRules.moderate("dev.simscaffold.core.storage.nio..").check(simCore);
    }
}
