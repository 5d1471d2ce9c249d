package ${package};

import dev.simscaffold.core.check.Gen;
import dev.simscaffold.testkit.property.Properties;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * One property per invariant named at generation, each run like the shipped ones: ${check.scenario},
 * {@value ${moduleName}Properties#TRIES} shrinking runs, with the stub checked after every step. Each is
 * reported as skipped, with its sentence, until its stub in {@code ${moduleName}PendingInvariants} is
 * written: visible in every build, never a green lie.
 */
class ${moduleName}PendingInvariantsTest {
#foreach( $invariant in $pending )

    @Test
    @Disabled("${invariant.sentence}")
    void ${invariant.method}() {
        Properties.forAll(Gen.liveRandom()).tries(${moduleName}Properties.TRIES)
                .check(random -> ${moduleName}Simulation.runChecking(random, List.of(${moduleName}PendingInvariants.${invariant.method}())));
    }
#end
}
