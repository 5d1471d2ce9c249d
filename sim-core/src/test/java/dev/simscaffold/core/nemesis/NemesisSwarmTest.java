package dev.simscaffold.core.nemesis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.explore.FaultSpans;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.EventKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Swarm over nemeses: each seed arms a recorded subset, the same again for the same seed, shrinking toward fewer. */
class NemesisSwarmTest {

    private static final long TICKS = 300;

    private static final List<Nemesis> POOL = List.of(Nemeses.periodically(25, Strike.CRASH), Nemeses.isolateNew(Beacon.Role.LEADER),
            Nemeses.periodicallyAt(Beacon.Role.FOLLOWER, 30, Strike.PAUSE), Nemeses.bridgeAt(Beacon.Role.LEADER, 40));

    private static SimNetwork<Beacon.Ping> cluster(long seed) {
        return SimNetwork.nodes(Beacon.NODES, (id, random, now) -> new Beacon(id, now)).seed(seed).build();
    }

    @Test
    void eachSeedArmsASubsetAndTheSameSeedTheSameOne() {
        Set<List<String>> subsets = new LinkedHashSet<>();
        List<String> everOff = new ArrayList<>();
        for (long seed = 1; seed <= 40; seed++) {
            NemesisRunner<Beacon.Ping> runner = NemesisRunner.swarm(cluster(seed), POOL);
            List<String> off = runner.swarmedOff();
            subsets.add(off);
            off.forEach(name -> {
                if (!everOff.contains(name)) {
                    everOff.add(name);
                }
            });
            assertThat(runner.stats()).hasSize(POOL.size() - off.size());
            assertThat(NemesisRunner.swarm(cluster(seed), POOL).swarmedOff()).isEqualTo(off);
        }

        assertThat(subsets).as("40 seeds over 16 subsets").hasSizeGreaterThan(8);
        assertThat(everOff).containsExactlyInAnyOrderElementsOf(POOL.stream().map(Nemesis::name).toList());
        assertThat(NemesisRunner.on(cluster(1), POOL).swarmedOff()).isEmpty();
    }

    @Test
    void theSummaryNamesWhatEachNemesisDidAndWhatTheSwarmLeftOut() {
        Nemesis nobody = new Nemesis("nobody", Trigger.everyTicks(100), (view, fired) -> List.of(), List.of(Strike.CRASH), 1.0, 0, 5);
        NemesisRunner<Beacon.Ping> runner = NemesisRunner.on(cluster(1), Nemeses.periodically(100, Strike.PAUSE), nobody);
        runner.run(TICKS);

        assertThat(runner.summary()).isEqualTo("nemeses: every-100 triggered 3, struck 3, no target 0; nobody triggered 3, never struck, no target 3");
        for (long seed = 1; seed <= 10; seed++) {
            NemesisRunner<Beacon.Ping> swarm = NemesisRunner.swarm(cluster(seed), POOL);
            if (!swarm.swarmedOff().isEmpty()) {
                assertThat(swarm.summary()).endsWith("swarmed off: " + String.join(", ", swarm.swarmedOff()));
                return;
            }
        }
        throw new AssertionError("no seed in 1..10 left a nemesis out");
    }

    @Test
    void anArmedNemesisStrikesAsItWouldWithoutTheOthers() {
        for (long seed = 1; seed <= 20; seed++) {
            NemesisRunner<Beacon.Ping> swarmed = NemesisRunner.swarm(cluster(seed), POOL);
            if (!swarmed.swarmedOff().equals(POOL.subList(1, POOL.size()).stream().map(Nemesis::name).toList())) {
                continue;
            }
            swarmed.run(TICKS);
            NemesisRunner<Beacon.Ping> alone = NemesisRunner.on(cluster(seed), POOL.get(0));
            alone.run(TICKS);
            assertThat(swarmed.network().trace().fingerprint()).isEqualTo(alone.network().trace().fingerprint());
            return;
        }
        throw new AssertionError("no seed in 1..20 armed the first nemesis alone");
    }

    /** The planted bug breaks on a crash: the shrunk failure keeps the crashing nemesis and one strike of it. */
    @Test
    void aSwarmedFailureShrinksToOneStrikeOfTheNemesisThatMatters() {
        Falsified<SimRandom> failure = (Falsified<SimRandom>) PropertyRunner.check(Gen.liveRandom(), PropertySettings.seeded(11),
                random -> {
                    NemesisRunner<Beacon.Ping> runner = NemesisRunner.swarm(
                            SimNetwork.nodes(Beacon.NODES, (id, r, now) -> new Beacon(id, now)).random(random).build(), POOL);
                    runner.run(TICKS);
                    assertThat(runner.network().trace().count(EventKind.CRASH)).isZero();
                });

        SortedMap<String, Integer> shrunk = new TreeMap<>(failure.shrunk().spanCounts());
        shrunk.keySet().removeIf(label -> !FaultSpans.isFault(label));
        assertThat(shrunk).containsOnlyKeys(NemesisSpans.of(POOL.get(0).name()));
    }
}
