package dev.simscaffold.testkit.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.simscaffold.core.Api;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every public top-level type of sim-core and sim-testkit says how much it may change before 1.0
 * ({@link Api}), and everything in an {@code internal} package says {@code INTERNAL}. {@code @Api} is kept in
 * class files only; ArchUnit reads class files, so it sees the marker where reflection would not.
 */
class ApiMarkersTest {

    private static JavaClasses published;

    @BeforeAll
    static void importMainCode() {
        published = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.simscaffold.core", "dev.simscaffold.testkit");
    }

    @Test
    void everyPublicTopLevelTypeCarriesAMarker() {
        ArchRule rule = classes()
                .that().arePublic()
                .and().areTopLevelClasses()
                .should().beAnnotatedWith(Api.class)
                .because("users must know what may change in 0.x (README, Releasing, Stability markers)");
        rule.check(published);
    }

    @Test
    void everyPublicTypeOfAnInternalPackageIsInternal() {
        ArchRule rule = classes()
                .that().resideInAPackage("..internal..")
                .and().arePublic()
                .and().areTopLevelClasses()
                .should(beMarked(Api.Status.INTERNAL));
        rule.check(published);
    }

    @Test
    void theMarkersAreReadFromBothModulesClassFiles() {
        assertThat(status(published.get("dev.simscaffold.core.time.LogicalTime"))).contains("STABLE");
        assertThat(status(published.get("dev.simscaffold.core.internal.Require"))).contains("INTERNAL");
        assertThat(status(published.get("dev.simscaffold.testkit.sweep.SeedSweep"))).contains("STABLE");
        assertThat(status(published.get("dev.simscaffold.testkit.campaign.Campaign"))).contains("EXPERIMENTAL");
        assertThat(published.stream().filter(c -> c.getPackageName().startsWith("dev.simscaffold.testkit")))
                .as("sim-testkit classes imported")
                .hasSizeGreaterThan(20);
    }

    private static ArchCondition<JavaClass> beMarked(Api.Status expected) {
        return new ArchCondition<>("be marked @Api(Api.Status." + expected + ")") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Optional<String> actual = status(type);
                boolean satisfied = actual.filter(expected.name()::equals).isPresent();
                String message = type.getName() + " is marked "
                        + actual.map(s -> "Api.Status." + s).orElse("with no @Api");
                events.add(new SimpleConditionEvent(type, satisfied, message));
            }
        };
    }

    private static Optional<String> status(JavaClass type) {
        return type.tryGetAnnotationOfType(Api.class.getName())
                .flatMap(annotation -> annotation.get("value"))
                .map(value -> ((JavaEnumConstant) value).name());
    }
}
