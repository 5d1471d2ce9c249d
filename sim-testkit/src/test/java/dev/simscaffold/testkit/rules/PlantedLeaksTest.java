package dev.simscaffold.testkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.simscaffold.testkit.rules.fixtures.logic.ObeysHashAndStaticRules;
import dev.simscaffold.testkit.rules.fixtures.logic.ObeysNewRules;
import dev.simscaffold.testkit.rules.fixtures.logic.ObeysRules;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The planted-leak suite: every class in the fixtures' logic package is a leak a user could write, one per
 * class, except the clean twins; {@code strict()} over the whole package names each leak by class and
 * source line, and none of the twins. A leak class added to the package is in the suite without more code.
 */
class PlantedLeaksTest {

    private static final Set<String> CLEAN = Set.of(ObeysRules.class.getName(), ObeysNewRules.class.getName(), ObeysHashAndStaticRules.class.getName());
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(ObeysRules.class.getPackageName());
    private static final EvaluationResult STRICT = DeterminismRules.strict().evaluate(FIXTURES);

    static Stream<String> leaks() {
        return topLevel().filter(name -> !CLEAN.contains(name));
    }

    static Stream<String> cleanTwins() {
        return topLevel().filter(CLEAN::contains);
    }

    private static Stream<String> topLevel() {
        TreeSet<String> names = new TreeSet<>();
        for (JavaClass javaClass : FIXTURES) {
            if (javaClass.isTopLevelClass()) {
                names.add(javaClass.getName());
            }
        }
        return names.stream();
    }

    @ParameterizedTest(name = "{0} is caught")
    @MethodSource("leaks")
    void eachPlantedLeakIsNamedWithItsLine(String leak) {
        String simpleName = leak.substring(leak.lastIndexOf('.') + 1);
        assertThat(details()).as("strict() violations").anyMatch(line -> line.contains("<" + leak) && line.contains("(" + simpleName + ".java:"));
    }

    @ParameterizedTest(name = "{0} passes")
    @MethodSource("cleanTwins")
    void eachCleanTwinPasses(String twin) {
        assertThat(details()).noneMatch(line -> line.contains("<" + twin));
    }

    @Test
    void theSuiteHoldsAtLeastThirtyLeaks() {
        assertThat(leaks().count()).isGreaterThanOrEqualTo(30);
    }

    private static List<String> details() {
        return STRICT.getFailureReport().getDetails();
    }
}
