package org.acme.coordination;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.simscaffold.testkit.rules.DeterminismRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps this module's production code simulatable: no wall clock, no unseeded randomness, no threads, no
 * environment reads, no hash-ordered collections, no parallel streams. A seed replays a run only while all
 * of that holds; a violation names the class and line and says what to use instead. The production classes
 * are read from Maven's output directory, so test code (which may do as it likes) is never judged.
 */
class DeterminismRulesTest {

    @Test
    void productionCodeFollowsTheStrictDeterminismRules() {
        JavaClasses production = new ClassFileImporter().importPath(Path.of("target", "classes"));
        DeterminismRules.strict().check(production);
    }
}
