package dev.simscaffold.core.nemesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.SimNetworkBuilder;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Jepsen-style partitions (isolate, bridge, ring of majorities), partitions of one runner replacing each
 * other, the one-shot triggers, and the network verb that heals one partition, each on the toy
 * {@link Beacon} cluster whose planted bug is "every peer is heard all the time".
 */
class JepsenNemesesTest {

    private static final long TICKS = 300;

    private static SimNetworkBuilder<Beacon.Ping> cluster(int nodes, boolean plantedBug) {
        SimNetworkBuilder<Beacon.Ping> builder = SimNetwork.nodes(nodes, (id, random, now) -> new Beacon(id, now, nodes));
        if (plantedBug) {
            builder.expect(Beacon.alwaysHeard());
        }
        return builder;
    }

    private static void assertFindsThePlantedBug(int nodes, Nemesis nemesis) {
        for (long seed = 1; seed <= 3; seed++) {
            SimNetwork<Beacon.Ping> off = cluster(nodes, true).seed(seed).build();
            off.run(TICKS);

            NemesisRunner<Beacon.Ping> on = NemesisRunner.on(cluster(nodes, true).seed(seed).build(), nemesis);
            assertThatThrownBy(() -> on.run(TICKS)).as("%s, seed %d", nemesis.name(), seed).isInstanceOf(InvariantViolationError.class);
            assertThat(on.stats().get(0).strikes()).as(nemesis.name()).isPositive();
        }
    }

    @Test
    void isolatingEachNewLeaderFindsThePlantedBugThatPassesWithoutIt() {
        assertFindsThePlantedBug(3, Nemeses.isolateNew(Beacon.Role.LEADER));
    }

    @Test
    void killingThePreviousLeaderFindsThePlantedBugThatPassesWithoutIt() {
        assertFindsThePlantedBug(3, Nemeses.killPreviousAtNew(Beacon.Role.LEADER));
    }

    /** node-0 leads from t=0 to t=9, node-1 from t=30: the first leader has no predecessor, the second has node-0. */
    @Test
    void thePreviousHolderIsTheNodeThatHeldTheRoleBefore() {
        NemesisRunner<Beacon.Ping> runner = NemesisRunner.on(cluster(3, false).seed(1).build(), Nemeses.killPreviousAtNew(Beacon.Role.LEADER));
        runner.run(55);

        TraceEvent crash = runner.network().trace().events().stream()
                .filter(event -> event.kind() == EventKind.CRASH || event.kind() == EventKind.POWER_LOSS).findFirst().orElseThrow();
        assertThat(crash.actor()).isEqualTo("node-0");
        assertThat(crash.time().ticks()).isBetween(30L, 50L);
        assertThat(runner.stats().get(0).noTarget()).as("the first leader had no predecessor").isEqualTo(1);

        NemesisRunner<Beacon.Ping> periodic = NemesisRunner.on(cluster(3, false).seed(1).build(),
                new Nemesis("previous-of-nothing", Trigger.everyTicks(10), Target.previous(), List.of(Strike.CRASH), 1.0, 0, 5));
        periodic.run(TICKS);
        assertThat(periodic.stats().get(0).noTarget()).isEqualTo(periodic.stats().get(0).triggered()).isPositive();
    }

    @Test
    void aBridgeFindsThePlantedBugThatPassesWithoutIt() {
        assertFindsThePlantedBug(3, Nemeses.bridgeAt(Beacon.Role.LEADER, 40));
    }

    @Test
    void aRingOfMajoritiesFindsThePlantedBugThatPassesWithoutIt() {
        assertFindsThePlantedBug(5, Nemeses.majoritiesRing(Beacon.Role.LEADER, 40));
    }

    @Test
    void aBridgeKeepsTheNodeInTheMiddleLinkedToBothHalves() {
        NemesisRunner<Beacon.Ping> runner = NemesisRunner.on(cluster(5, false).seed(2).build(), Nemeses.bridgeAt(Beacon.Role.LEADER, 35));
        runner.run(38);

        TraceEvent cut = runner.network().trace().events().stream().filter(event -> event.kind() == EventKind.PARTITION).findFirst().orElseThrow();
        NodeId middle = runner.network().view().withRole(Beacon.Role.LEADER).get(0);
        assertThat(cut.detail()).doesNotContain(middle.toString()).contains("<->");
    }

    @Test
    void aRingOfMajoritiesLetsEveryNodeSeeAMajorityAndNoTwoTheSameOne() {
        NemesisRunner<Beacon.Ping> runner = NemesisRunner.on(cluster(5, false).seed(4).build(), Nemeses.majoritiesRing(Beacon.Role.LEADER, 35));
        runner.run(38);

        List<TraceEvent> cuts = runner.network().trace().events().stream().filter(event -> event.kind() == EventKind.PARTITION).toList();
        assertThat(cuts).as("in a ring of five each node loses its two far links: 5 links cut").hasSize(5);
        for (int node = 0; node < 5; node++) {
            String name = NodeId.of(node).toString();
            assertThat(cuts.stream().filter(cut -> cut.detail().contains(name + "]")).count()).as(name + " loses two links").isEqualTo(2);
        }
    }

    @Test
    void aRingAmongThreePeersIsImpossibleAndCountsAMiss() {
        NemesisRunner<Beacon.Ping> runner = NemesisRunner.on(cluster(3, false).seed(1).build(), Nemeses.majoritiesRing(Beacon.Role.LEADER, 40));
        runner.run(TICKS);

        NemesisStats stats = runner.stats().get(0);
        assertThat(stats.strikes()).isZero();
        assertThat(stats.noTarget()).isEqualTo(stats.triggered()).isPositive();
        assertThat(runner.network().trace().count(EventKind.PARTITION)).isZero();
    }

    /** Cutting off each new leader for longer than a leader lasts: every cut after the first heals the one before. */
    @Test
    void aNewPartitionOfTheRunnerReplacesItsPreviousOne() {
        NemesisRunner<Beacon.Ping> runner = NemesisRunner.on(cluster(3, false).seed(3).build(),
                Nemeses.cutOffNew(Beacon.Role.LEADER).withMaxTicks(10_000));
        runner.run(TICKS);

        long partitions = runner.network().trace().count(EventKind.PARTITION);
        assertThat(partitions).isGreaterThan(3);
        assertThat(runner.network().trace().count(EventKind.HEAL)).isEqualTo(partitions - 1);
        assertThat(runner.stats().get(0).strikes()).isEqualTo(partitions);
    }

    @Test
    void healingOnePartitionLeavesAnotherInPlace() {
        SimNetwork<Beacon.Ping> net = cluster(3, true).seed(1).build();
        net.run(3);
        net.partition(List.of(NodeId.of(0)), List.of(NodeId.of(1)));
        net.partition(List.of(NodeId.of(0)), List.of(NodeId.of(2)));
        net.heal(List.of(NodeId.of(0)), List.of(NodeId.of(1)));

        assertThatThrownBy(() -> net.run(20)).isInstanceOf(InvariantViolationError.class).hasMessageContaining("last heard node-2")
                .hasMessageNotContaining("last heard node-1");
    }

    @Test
    void anAfterEventsTriggerFiresOnce() {
        NemesisRunner<Beacon.Ping> runner = NemesisRunner.on(cluster(3, false).seed(1).build(),
                new Nemesis("deep", Trigger.afterEvents(500), Target.anyLive(), List.of(Strike.CRASH), 1.0, 0, 5));
        runner.run(TICKS);

        assertThat(runner.stats().get(0).triggered()).isEqualTo(1);
        assertThat(runner.network().trace().count(EventKind.CRASH)).isEqualTo(1);
    }

    @Test
    void aSometimesTriggerFiresOnceWhenTheExpectationIsFirstReached() {
        Expectation<NetworkView<Beacon.Ping>> thirdLeader = Expectation.sometimes("node-2 leads",
                view -> view.withRole(Beacon.Role.LEADER).contains(NodeId.of(2)));
        SimNetwork<Beacon.Ping> net = cluster(3, false).expect(thirdLeader).seed(1).build();
        NemesisRunner<Beacon.Ping> runner = NemesisRunner.on(net,
                new Nemesis("at-node-2", Trigger.onSometimes("node-2 leads"), Target.withRole(Beacon.Role.LEADER), List.of(Strike.CRASH), 1.0, 0, 5));
        runner.run(TICKS);

        assertThat(runner.stats().get(0).triggered()).isEqualTo(1);
        TraceEvent crash = net.trace().events().stream().filter(event -> event.kind() == EventKind.CRASH).findFirst().orElseThrow();
        assertThat(crash.actor()).isEqualTo("node-2");
        assertThat(crash.time().ticks()).as("node-2 first leads at t=60").isEqualTo(60);
        assertThatThrownBy(() -> Trigger.onSometimes("")).hasMessageContaining("got \"\"");
        assertThatThrownBy(() -> Trigger.afterEvents(0)).hasMessageContaining("got 0");
    }
}
