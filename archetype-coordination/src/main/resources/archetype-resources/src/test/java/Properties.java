## Turns the ';'-separated "invariants" property into sentences and method names ("Every grant is
## logged" becomes everyGrantIsLogged). META-INF/archetype-post-generate.groovy applies the same rule
## to reject sentences that yield no name, a duplicate name or a Java keyword.
#set( $invariantSentences = [] )
#set( $invariantNames = [] )
#if( $invariants && !$invariants.trim().equalsIgnoreCase("none") )
#foreach( $rawSentence in $invariants.split(";") )
#set( $sentence = $rawSentence.trim() )
#set( $words = $sentence.replaceAll("[^A-Za-z0-9]+", " ").trim() )
#if( $words != "" )
#set( $methodName = "" )
#foreach( $word in $words.split(" ") )
#if( $methodName == "" )
#set( $methodName = $word.toLowerCase() )
#else
#set( $methodName = "${methodName}${word.substring(0, 1).toUpperCase()}${word.substring(1).toLowerCase()}" )
#end
#end
#if( $methodName.matches("[0-9].*") )
#set( $methodName = "invariant${methodName}" )
#end
#set( $ignored = $invariantSentences.add($sentence) )
#set( $ignored = $invariantNames.add($methodName) )
#end
#end
#end
package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import ${package}.${moduleName}Simulation.Outcome;
import ${package}.${moduleName}Simulation.Scenario;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.testkit.property.Properties;
#if( !$invariantNames.isEmpty() )
import java.util.List;
#end
import java.util.NavigableMap;
import java.util.TreeMap;
#if( !$invariantNames.isEmpty() )
import org.junit.jupiter.api.Disabled;
#end
import org.junit.jupiter.api.Test;

/**
 * The lease table's properties: each runs {@value #TRIES} simulations with every invariant checked after
 * every step. The runs draw all their decisions (which worker asks what, which answer is lost, when the
 * clock jumps) from the property engine's recorded stream, so a failing run is shrunk to fewer requests
 * and fewer faults before it is reported.
 *
 * <p>A failure names the invariant, the seed, the command that replays just that run and the last events,
 * and writes the whole trace under {@code target/sim-traces/}. Replay with
 * {@code mvn test -Dtest=${moduleName}Properties#<method> -Dsim.seed=<seed>}; a seed means the same run on
 * every machine and JDK.
#if( !$invariantNames.isEmpty() )
 *
 * <p>The {@code @Disabled} tests at the end stand for invariants named when this module was generated:
 * each is reported as skipped, with its sentence, until its check in {@code ${moduleName}Invariants} is
 * written and the annotation removed.
#end
 */
class ${moduleName}Properties {

    /** Simulated runs per property; raise it for a longer hunt. */
    private static final int TRIES = 200;
    /** Seeds the coverage check sums over. */
    private static final int COVERAGE_SEEDS = 200;
    /** Replaying is checked on the first seeds: each costs three runs. */
    private static final int REPLAY_SEEDS = 20;

    @Test
    void invariantsHoldWithoutFaults() {
        Properties.forAll(Gen.liveRandom()).tries(TRIES)
                .check(random -> ${moduleName}Simulation.run(random, Scenario.calm()));
    }

    @Test
    void invariantsHoldUnderDroppedDelayedAndDuplicatedAnswersAndClockJumps() {
        Properties.forAll(Gen.liveRandom()).tries(TRIES)
                .check(random -> ${moduleName}Simulation.run(random, Scenario.faulty()));
    }

    /** Guards against vacuous runs: every rule and every fault must actually be exercised. */
    @Test
    void theFaultySweepExercisesEveryRuleAndEveryFault() {
        NavigableMap<String, Integer> total = new TreeMap<>();
        for (long seed = 1; seed <= COVERAGE_SEEDS; seed++) {
            ${moduleName}Simulation.run(seed, Scenario.faulty()).counts().forEach((name, count) -> total.merge(name, count, Integer::sum));
        }

        assertThat(total).as("answers, fates and clock jumps over the sweep").containsKeys(
                "Granted", "Renewed", "Released",
                "Rejected.HELD_BY_ANOTHER", "Rejected.NOT_HOLDER", "Rejected.EXPIRED",
                "fate.DROPPED", "fate.DELAYED", "fate.DUPLICATED", "clock jumps");
    }

    @Test
    void aSeedReplaysTheSameRun() {
        for (long seed = 1; seed <= REPLAY_SEEDS; seed++) {
            Outcome first = ${moduleName}Simulation.run(seed, Scenario.faulty());
            Outcome again = ${moduleName}Simulation.run(seed, Scenario.faulty());
            Outcome other = ${moduleName}Simulation.run(seed + 1, Scenario.faulty());

            assertThat(again).isEqualTo(first);
            assertThat(other.fingerprint()).isNotEqualTo(first.fingerprint());
        }
    }
#foreach( $name in $invariantNames )

    @Test
    @Disabled("${invariantSentences.get($foreach.index)}")
    void ${name}() {
        Scenario scenario = Scenario.faulty();
        Properties.forAll(Gen.liveRandom()).tries(TRIES).check(random -> ${moduleName}Simulation.run(
                random, scenario, new ${moduleName}Logic(scenario.leaseTtlTicks()), List.of(${moduleName}Invariants.${name}())));
    }
#end
}
