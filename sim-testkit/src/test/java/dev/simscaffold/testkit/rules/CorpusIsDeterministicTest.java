package dev.simscaffold.testkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The protocol corpus (Raft, gossip, leases, primary-backup), the project's largest body of user-style
 * protocol code, passes {@code strict()}: the rules' false-positive check on code they did not grow up with.
 * sim-corpus depends on sim-core only, so the check lives here, where the corpus is a test dependency.
 */
class CorpusIsDeterministicTest {

    @Test
    void corpusMainCodePassesTheStrictRules() {
        JavaClasses corpus = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.simscaffold.corpus");
        assertThat(corpus.size()).as("corpus classes imported").isGreaterThan(20);
        DeterminismRules.strict().check(corpus);
    }
}
