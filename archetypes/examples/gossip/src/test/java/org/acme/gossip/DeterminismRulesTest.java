package org.acme.gossip;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.simscaffold.testkit.rules.DeterminismRules;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps the protocol simulatable: every class outside the {@code runtime} package holds to the strict
 * determinism rules (no wall clock, no unseeded randomness, no threads, no environment reads, no
 * hash-ordered collections, no parallel streams, no file or network I/O) and does not depend on sim-runtime,
 * so the nodes the simulation tests are exactly the nodes the runtime runs. The {@code runtime} package is
 * the I/O shell ({@code MembershipMain}, {@code MembershipCodec}): it may open sockets and start
 * threads, and decides nothing. The production classes are read from Maven's output directory, so test code
 * (which may do as it likes) is never judged.
 */
class DeterminismRulesTest {

    /**
     * The one package allowed to touch the real world, named in full: {@code "..runtime.."} would also exempt
     * the whole module if its own package had a {@code runtime} segment.
     */
    private static final String SHELL = "org.acme.gossip.runtime..";

    /** The moderate rules with the shell as the only adapter, plus: the protocol does not reach the runtime. */
    private static final ArchRule RULES = CompositeArchRule.of(DeterminismRules.moderate(SHELL)).and(noRuntimeInTheProtocol());

    @Test
    void productionCodeFollowsTheDeterminismRulesOutsideTheRuntimeShell() {
        JavaClasses production = new ClassFileImporter().importPath(Path.of("target", "classes"));
        RULES.check(production);
    }

    @Test
    void aSocketPlantedInTheProtocolPackageFailsTheRules() {
        EvaluationResult result = RULES.evaluate(new ClassFileImporter().importClasses(PlantedSocketAccess.class));

        assertThat(result.hasViolation()).as("a protocol class that uses java.net").isTrue();
        assertThat(result.getFailureReport().toString()).contains(PlantedSocketAccess.class.getName()).contains("java.net");
    }

    private static ArchRule noRuntimeInTheProtocol() {
        return noClasses().that(DeterminismRules.outsidePackages(SHELL))
                .should().dependOnClassesThat().resideInAnyPackage("dev.simscaffold.runtime..")
                .as("the protocol does not depend on sim-runtime")
                .because("the node is driven through SansIoNode alone, by SimNetwork in the tests and by NodeRuntime in the "
                        + "runtime package; a protocol class that reached the runtime would run differently in the two");
    }

    /** What the rules exist to stop: a protocol-package class that talks to the network itself. */
    static final class PlantedSocketAccess {

        InetSocketAddress peer() {
            return new InetSocketAddress("127.0.0.1", 7000);
        }
    }
}
