package dev.simscaffold.core.nemesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.explore.FaultSpans;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.SimNetworkBuilder;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.EventKind;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Nemeses on a toy cluster whose leader changes on a known beat: roles read typed from the view, every
 * ready-made nemesis against the toy's planted bug (it fails with the nemesis on and passes with it off), the
 * miss count, bad input, replay, and strikes as fault spans that shrink.
 */
class NemesisRunnerTest {

    private static final long TICKS = 300;

    private static SimNetworkBuilder<Beacon.Ping> cluster(boolean plantedBug) {
        SimNetworkBuilder<Beacon.Ping> builder = SimNetwork.nodes(Beacon.NODES, (id, random, now) -> new Beacon(id, now));
        if (plantedBug) {
            builder.expect(Beacon.alwaysHeard());
        }
        return builder;
    }

    @Test
    void rolesAreReadTypedFromTheView() {
        SimNetwork<Beacon.Ping> net = cluster(false).seed(1).build();
        net.run(5);

        assertThat(net.view().withRole(Beacon.Role.LEADER)).containsExactly(NodeId.of(0));
        assertThat(net.view().roles(Beacon.Role.class)).hasSize(3).containsEntry(NodeId.of(1), Beacon.Role.FOLLOWER);
        net.run(30);
        assertThat(net.view().withRole(Beacon.Role.LEADER)).containsExactly(NodeId.of(1));
    }

    @Test
    void everyReadyMadeNemesisFindsThePlantedBugThatPassesWithoutIt() {
        List<Nemesis> readyMade = List.of(Nemeses.strikeAtNew(Beacon.Role.LEADER), Nemeses.cutOffNew(Beacon.Role.LEADER),
                Nemeses.powerOffAtNew(Beacon.Role.LEADER, Beacon.Role.FOLLOWER), Nemeses.isolateNew(Beacon.Role.LEADER), Nemeses.periodically(40, Strike.CRASH, Strike.PAUSE),
                Nemeses.periodicallyAt(Beacon.Role.FOLLOWER, 40, Strike.ISOLATE, Strike.POWER_LOSS));
        for (Nemesis nemesis : readyMade) {
            for (long seed = 1; seed <= 3; seed++) {
                SimNetwork<Beacon.Ping> off = cluster(true).seed(seed).build();
                off.run(TICKS);

                NemesisRunner<Beacon.Ping> on = NemesisRunner.on(cluster(true).seed(seed).build(), nemesis);
                assertThatThrownBy(() -> on.run(TICKS)).as("%s, seed %d", nemesis.name(), seed).isInstanceOf(InvariantViolationError.class);
                assertThat(on.stats().get(0).strikes()).as(nemesis.name()).isPositive();
            }
        }
    }

    @Test
    void aNemesisThatNeverStrikesLeavesTheRunAsItWas() {
        SimNetwork<Beacon.Ping> plain = cluster(false).seed(5).build();
        plain.run(TICKS);
        NemesisRunner<Beacon.Ping> idle = NemesisRunner.on(cluster(false).seed(5).build(),
                Nemeses.strikeAtNew(Beacon.Role.LEADER).withProbability(0), Nemeses.periodically(7, Strike.CRASH).withProbability(0));

        assertThat(idle.run(TICKS)).isEqualTo(plain.events());
        assertThat(idle.network().trace().fingerprint()).isEqualTo(plain.trace().fingerprint());
        assertThat(idle.stats().get(0).triggered()).as("a new leader at t=1, 31, ..., 301").isEqualTo(11);
    }

    @Test
    void theSameSeedStrikesTheSameWayAgain() {
        List<Long> fingerprints = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            NemesisRunner<Beacon.Ping> runner = NemesisRunner.on(cluster(false).seed(9).build(), Nemeses.leaderHunt(Beacon.Role.LEADER, Beacon.Role.FOLLOWER));
            runner.run(TICKS);
            fingerprints.add(runner.network().trace().fingerprint());
        }
        SimNetwork<Beacon.Ping> plain = cluster(false).seed(9).build();
        plain.run(TICKS);

        assertThat(fingerprints.get(1)).isEqualTo(fingerprints.get(0)).isNotEqualTo(plain.trace().fingerprint());
    }

    @Test
    void aNemesisThatFindsNoTargetCountsIt() {
        Nemesis nobody = new Nemesis("nobody", Trigger.everyTicks(10), (view, fired) -> List.of(), List.of(Strike.CRASH), 1.0, 0, 5);
        NemesisRunner<Beacon.Ping> runner = NemesisRunner.on(cluster(false).seed(1).build(), nobody);
        runner.run(TICKS);

        NemesisStats stats = runner.stats().get(0);
        assertThat(stats.triggered()).isEqualTo(30);
        assertThat(stats.noTarget()).isEqualTo(30);
        assertThat(stats.strikes()).isZero();
    }

    @Test
    void aThrowingTargetIsReportedNamingTheNemesis() {
        Nemesis broken = new Nemesis("broken-predicate", Trigger.onRole(Beacon.Role.LEADER), Target.matching(Beacon.class, node -> {
            throw new IllegalArgumentException("boom");
        }), List.of(Strike.CRASH), 1.0, 0, 5);
        NemesisRunner<Beacon.Ping> runner = NemesisRunner.on(cluster(false).seed(1).build(), broken);

        assertThatThrownBy(() -> runner.run(TICKS)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nemesis broken-predicate failed choosing a target at t=1").hasMessageContaining("boom");
    }

    @Test
    void aRoleThatCannotBeReadIsReportedNamingTheNemesis() {
        SimNetwork<Beacon.Ping> net = cluster(false).node((id, random, now) -> new Confused()).seed(1).build();

        assertThatThrownBy(() -> NemesisRunner.on(net, Nemeses.strikeAtNew(Beacon.Role.LEADER)).run(TICKS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nemesis strike-new-leader failed reading roles at t=0").hasMessageContaining("role not known yet");
    }

    @Test
    void probabilitiesOutsideZeroToOneAreRefusedNamingTheValue() {
        Nemesis nemesis = Nemeses.strikeAtNew(Beacon.Role.LEADER);

        assertThatThrownBy(() -> nemesis.withProbability(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nemesis strike-new-leader: probability must be in [0, 1], got 1.5");
        assertThatThrownBy(() -> nemesis.withProbability(-0.25)).hasMessageContaining("got -0.25");
        assertThatThrownBy(() -> nemesis.withProbability(Double.NaN)).hasMessageContaining("got NaN");
        assertThatThrownBy(() -> nemesis.withMaxTicks(0)).hasMessageContaining("maxTicks must be >= 1, got 0");
        assertThatThrownBy(() -> Trigger.everyTicks(0)).hasMessageContaining("got 0");
        assertThatThrownBy(() -> NemesisRunner.on(cluster(false).seed(1).build(), nemesis, nemesis))
                .hasMessageContaining("two nemeses are named strike-new-leader");
    }

    /** A strike that may not happen (probability below 1) can be shrunk away; one that must can only get simpler. */
    @Test
    void everyStrikeIsOneFaultSpanAndAFailureShrinksToOne() {
        Nemesis periodic = Nemeses.periodically(25, Strike.PAUSE, Strike.CRASH).withProbability(0.5);
        Falsified<SimRandom> failure = (Falsified<SimRandom>) PropertyRunner.check(Gen.liveRandom(), PropertySettings.seeded(3),
                random -> {
                    NemesisRunner<Beacon.Ping> runner = NemesisRunner.on(cluster(false).random(random).build(), periodic);
                    runner.run(TICKS);
                    assertThat(runner.network().trace().count(EventKind.CRASH)).isZero();
                });

        assertThat(faultSpans(failure.original().spanCounts())).containsOnlyKeys(NemesisSpans.of(periodic.name()));
        assertThat(faultSpans(failure.shrunk().spanCounts())).isEqualTo(Map.of(NemesisSpans.of(periodic.name()), 1));
    }

    private static SortedMap<String, Integer> faultSpans(SortedMap<String, Integer> spans) {
        SortedMap<String, Integer> faults = new TreeMap<>(spans);
        faults.keySet().removeIf(label -> !FaultSpans.isFault(label));
        return faults;
    }
}
