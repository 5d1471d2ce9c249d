package dev.simscaffold.core.nemesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.buggify.Buggify;
import dev.simscaffold.core.check.Assume;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.HealthTally;
import dev.simscaffold.core.check.HealthWarning;
import dev.simscaffold.core.check.HealthWarning.Kind;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.explore.Chooser;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.random.SimRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * #26 item 6: health checks warn where runs passed without exploring (no steps, a generator that mostly
 * discards, a nemesis or message fault that never struck, a buggify site that never fired, a strategy that never
 * changed the order), and each warning is shown both ways: present on the blind exploration, absent on a
 * healthy one. Watching a strategy leaves the runs as they were.
 */
class HealthChecksTest {


    private static SimNetwork<Beacon.Ping> cluster(long seed) {
        return SimNetwork.nodes(Beacon.NODES, (id, random, now) -> new Beacon(id, now)).seed(seed).build();
    }

    private static List<Kind> kinds(HealthTally tally) {
        return tally.warnings().stream().map(HealthWarning::kind).toList();
    }

    @Test
    void aNemesisThatNeverStruckWarnsNamingItAndOneThatStruckDoesNot() {
        Nemesis nobody = new Nemesis("nobody", Trigger.everyTicks(10), (view, fired) -> List.of(), List.of(Strike.CRASH), 1.0, 0, 5);
        // DOCS:begin docs/guide/02-network-faults-nemeses.md
        HealthTally health = new HealthTally();
        for (long seed = 1; seed <= 3; seed++) {
            NemesisRunner<Beacon.Ping> runner = NemesisRunner.on(cluster(seed), nobody, Nemeses.cutOffNew(Beacon.Role.LEADER));
            runner.run(300);
            health.add(runner).add(runner.network());     // what the nemeses and the run did
        }
        health.warnings().forEach(System.out::println);   // advice: the runs still passed
        // DOCS:end
        HealthTally tally = health;

        assertThat(tally.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(Kind.NEMESIS_NEVER_STRUCK);
            assertThat(w.subject()).isEqualTo("nobody");
            assertThat(w).hasToString("health: nemesis nobody never struck in the 3 runs it was armed (triggered 90 times, no target 90 times)");
        });
    }

    @Test
    void aMessageFaultThatNeverStruckWarns() {
        HealthTally tally = new HealthTally();
        NemesisRunner<Beacon.Ping> runner = NemesisRunner.on(cluster(1), List.of(),
                List.of(MessageFault.<Beacon.Ping, Beacon.Ping>drop(Beacon.Ping.class, 0.0).named("idle-drop"), MessageFault.<Beacon.Ping, Beacon.Ping>drop(Beacon.Ping.class, 0.5)));
        runner.run(50);
        tally.add(runner);

        assertThat(tally.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(Kind.MESSAGE_FAULT_NEVER_STRUCK);
            assertThat(w.subject()).isEqualTo("idle-drop");
            assertThat(w.message()).contains("never struck in 1 runs (saw ");
        });
    }

    @Test
    void runsThatExecutedNoStepsWarnAndRunsThatDidDoNot() {
        HealthTally tally = new HealthTally();
        SimNetwork<Beacon.Ping> ran = cluster(1);
        ran.run(20);
        tally.add(ran).add(cluster(2));

        assertThat(tally.warnings()).singleElement().hasToString("health: 1 of 2 runs executed no steps: the workload or the set-up did nothing in them");
        assertThat(new HealthTally().add(ran).warnings()).isEmpty();
    }

    @Test
    void aBuggifySiteThatWasReachedAndNeverFiredWarns() {
        HealthTally tally = new HealthTally();
        for (long seed = 1; seed <= 5; seed++) {
            Buggify buggify = Buggify.simulated().site("never", 1.0, 0.0).site("always", 1.0, 1.0).attach(new SimContext(seed));
            for (int visit = 0; visit < 10; visit++) {
                buggify.fires("never");
                buggify.fires("always");
            }
            tally.add(buggify.report());
        }

        assertThat(tally.warnings()).singleElement()
                .hasToString("health: buggify site never never fired (reached in 5 runs, enabled in 5)");
    }

    /** A cluster whose messages take 2 to 6 ticks, so a strategy has events to choose among. */
    private static SimNetwork<Beacon.Ping> delayed(long seed, Strategy strategy) {
        return SimNetwork.nodes(Beacon.NODES, (id, random, now) -> new Beacon(id, now)).seed(seed).strategy(strategy)
                .faults(NetworkFaults.builder().minDelayTicks(2).maxDelayTicks(6).build()).build();
    }

    /** Always keeps the default order: a strategy that explores nothing. */
    private static final Strategy FIRST = new Strategy() {
        @Override
        public String name() {
            return "first";
        }

        @Override
        public Chooser chooser(SimRandom random) {
            return enabled -> 0;
        }
    };

    @Test
    void aStrategyThatNeverChangedTheOrderWarnsAndOneThatDidDoesNot() {
        HealthTally tally = new HealthTally();
        Strategy first = tally.watch(FIRST);
        Strategy walk = tally.watch(Strategy.randomWalk());
        for (long seed = 1; seed <= 3; seed++) {
            delayed(seed, first).run(60);
            delayed(seed, walk).run(60);
        }

        assertThat(tally.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(Kind.ORDER_NEVER_CHANGED);
            assertThat(w.subject()).isEqualTo("first");
            assertThat(w.message()).startsWith("strategy first never changed the order: it took the default order's first event in all ");
        });
        assertThat(tally.watch(Strategy.uniform())).as("uniform orders by drawn delays, not through a chooser").isSameAs(Strategy.uniform());
    }

    @Test
    void watchingAStrategyLeavesEveryRunAsItWas() {
        for (long seed = 1; seed <= 5; seed++) {
            SimNetwork<Beacon.Ping> plain = delayed(seed, Strategy.pct(3));
            plain.run(60);
            SimNetwork<Beacon.Ping> watched = delayed(seed, new HealthTally().watch(Strategy.pct(3)));
            watched.run(60);
            assertThat(watched.trace().fingerprint()).as("seed %d", seed).isEqualTo(plain.trace().fingerprint());
        }
    }

    @Test
    void aGeneratorThatMostlyDiscardsWarns() {
        HealthTally tally = new HealthTally().add(PropertyRunner.check(Gen.ints(0, 99), PropertySettings.seeded(1).withTries(50),
                x -> Assume.that(x > 80, "x > 80")));
        assertThat(kinds(tally)).containsExactly(Kind.MOSTLY_DISCARDED);
        assertThat(tally.warnings().get(0).message()).startsWith("the generator discarded ").contains(" test cases for 50 it produced");

        HealthTally common = new HealthTally().add(PropertyRunner.check(Gen.ints(0, 99), PropertySettings.seeded(1).withTries(50),
                x -> Assume.that(x != 50, "x != 50")));
        assertThat(common.warnings()).isEmpty();
    }

    @Test
    void warningsNeverFailARunUnlessTheStrictModeIsAskedFor() {
        HealthTally healthy = new HealthTally();
        SimNetwork<Beacon.Ping> ran = cluster(1);
        ran.run(20);
        assertThatCode(healthy.add(ran)::assertHealthy).doesNotThrowAnyException();

        HealthTally blind = new HealthTally().add(cluster(3));
        assertThatThrownBy(blind::assertHealthy).isInstanceOf(AssertionError.class)
                .hasMessage("the runs passed, but 1 health check warned (strict mode):\n  health: 1 of 1 runs executed no steps: the workload or the set-up did nothing in them");
    }

    @Test
    void badInputIsRefusedNamingIt() {
        HealthTally tally = new HealthTally();
        assertThatThrownBy(() -> tally.watch(null)).hasMessageContaining("strategy must not be null");
        assertThatThrownBy(() -> tally.add((SimNetwork<?>) null)).hasMessageContaining("simulation must not be null");
    }
}
