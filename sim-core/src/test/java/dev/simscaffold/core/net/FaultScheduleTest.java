package dev.simscaffold.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyAssertions;
import dev.simscaffold.core.check.PropertyResult;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.EventKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Fault schedules: validation names the bad entry, random schedules are valid and reproducible, the
 * network applies them, and a generated schedule finds a bug that a fault-free run misses. To replay a
 * failing seed, build the network with {@code new SimContext(seed)} as below.
 */
class FaultScheduleTest {

    private static final NodeId A = NodeId.of(0);
    private static final NodeId B = NodeId.of(1);
    private static final NodeId C = NodeId.of(2);
    private static final List<NodeId> NODES = List.of(A, B, C);

    @Test
    void entriesAreSortedByTimeAndApplyInOrder() {
        FaultSchedule schedule = FaultSchedule.of(NODES, List.of(
                new FaultEvent.Restart(30, B),
                new FaultEvent.Crash(10, B),
                new FaultEvent.Partition(5, List.of(A), List.of(C), false),
                new FaultEvent.Heal(40),
                new FaultEvent.Pause(50, C, 5)));

        assertThat(schedule.events()).extracting(FaultEvent::at).containsExactly(5L, 10L, 30L, 40L, 50L);
        assertThat(schedule.endTime()).isEqualTo(50);
        assertThat(schedule.toString()).contains("t=10 crash node-1", "t=5 partition [node-0] <-> [node-2]");
    }

    @Test
    void invalidSchedulesAreRejectedNamingTheValue() {
        assertThatThrownBy(() -> FaultSchedule.of(NODES, List.of(new FaultEvent.Crash(1, NodeId.of(7)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown node node-7");
        assertThatThrownBy(() -> new FaultEvent.Crash(-5, A))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Crash.at must be >= 0, got -5");
        assertThatThrownBy(() -> FaultSchedule.of(NODES, List.of(new FaultEvent.Restart(3, A))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot restart node-0 at t=3: it is not crashed");
        assertThatThrownBy(() -> FaultSchedule.of(NODES, List.of(new FaultEvent.Heal(9))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot heal at t=9: no partition");
        assertThatThrownBy(() -> FaultSchedule.of(NODES, List.of(new FaultEvent.Crash(1, A), new FaultEvent.Crash(2, A))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot crash node-0 at t=2: it is already crashed");
        assertThatThrownBy(() -> FaultSchedule.of(NODES, List.of(new FaultEvent.Pause(1, A, 10), new FaultEvent.Pause(5, A, 3))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlapping pauses of node-0");
        assertThatThrownBy(() -> FaultSchedule.of(NODES, List.of(new FaultEvent.Crash(1, A), new FaultEvent.Pause(5, A, 3))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot pause node-0 at t=5: it is crashed");
        assertThatThrownBy(() -> new FaultEvent.Partition(1, List.of(A, B), List.of(B, C), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("node-1 is in both");
        assertThatThrownBy(() -> new FaultEvent.Partition(1, List.of(), List.of(B), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partition side from must not be empty");
        assertThatThrownBy(() -> new FaultEvent.Pause(1, A, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Pause.ticks must be >= 1, got 0");
    }

    /** Crash, restart, pause and power loss are the faults that hit one node: each names it, and each is checked the same way. */
    @Test
    void everyNodeFaultNamesItsNodeAndIsRejectedForOneTheScheduleLacks() {
        NodeId ghost = NodeId.of(7);
        List<FaultEvent.NodeEvent> hits = List.of(new FaultEvent.Crash(1, ghost), new FaultEvent.Restart(1, ghost),
                new FaultEvent.Pause(1, ghost, 2), new FaultEvent.PowerLoss(1, ghost));

        for (FaultEvent.NodeEvent hit : hits) {
            assertThat(hit.node()).isEqualTo(ghost);
            assertThatThrownBy(() -> FaultSchedule.of(NODES, List.of(hit))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("invalid fault schedule: unknown node node-7 in '" + hit + "': the schedule's nodes are " + NODES);
        }
        assertThatThrownBy(() -> new FaultEvent.Crash(1, null)).hasMessage("Crash.node must not be null");
        assertThatThrownBy(() -> new FaultEvent.Restart(1, null)).hasMessage("Restart.node must not be null");
        assertThatThrownBy(() -> new FaultEvent.Pause(1, null, 2)).hasMessage("Pause.node must not be null");
        assertThatThrownBy(() -> new FaultEvent.Restart(-2, A)).hasMessage("Restart.at must be >= 0, got -2");
        assertThatThrownBy(() -> new FaultEvent.Heal(-3)).hasMessage("Heal.at must be >= 0, got -3");
        assertThat(hits).extracting(Object::toString)
                .containsExactly("t=1 crash node-7", "t=1 restart node-7", "t=1 pause node-7 for 2", "t=1 power loss node-7");
    }

    @Test
    void aNetworkRejectsAScheduleNamingNodesItLacks() {
        FaultSchedule schedule = FaultSchedule.of(List.of(A, B, C, NodeId.of(5)), List.of(new FaultEvent.Crash(1, NodeId.of(5))));

        assertThatThrownBy(() -> SimNetwork.durableNodes(3, GossipNode.factory(3, 10, GossipNode.Bug.NONE))
                .schedule(schedule).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown node node-5");
    }

    private static final Gen<FaultSchedule> SCHEDULES = Gen.faultSchedules(NODES, 1_000, 8);

    @Test
    void generatedSchedulesAreValidAndBounded() {
        PropertyAssertions.assertHolds("generated schedules are valid and bounded", SCHEDULES, 300, schedule -> {
            assertThat(FaultSchedule.of(NODES, schedule.events())).isEqualTo(schedule);
            assertThat(schedule.events()).allSatisfy(e -> assertThat(e.at()).isBetween(0L, 1_000L));
            assertThat(schedule.events()).hasSizeLessThanOrEqualTo(8);
        });
    }

    @Test
    void aSeedAlwaysDrawsTheSameSchedule() {
        PropertyAssertions.assertHolds("a seed draws one schedule", Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE), 100,
                seed -> assertThat(SCHEDULES.draw(SimRandom.seeded(seed))).isEqualTo(SCHEDULES.draw(SimRandom.seeded(seed))));
    }

    /** Shrinking needs variety to work with: across seeds, every kind of fault appears and so do empty schedules. */
    @Test
    void randomSchedulesAreVaried() {
        List<FaultSchedule> drawn = new ArrayList<>();
        for (long seed = 0; seed < 200; seed++) {
            drawn.add(SCHEDULES.draw(SimRandom.seeded(seed)));
        }
        List<Class<?>> kinds = drawn.stream().flatMap(s -> s.events().stream()).map(Object::getClass).distinct().toList();
        assertThat(kinds).hasSize(5);
        assertThat(drawn.stream().filter(FaultSchedule::isEmpty).count()).isBetween(1L, 80L);
    }

    @Test
    void theScheduleGeneratorRejectsImpossibleBounds() {
        assertThatThrownBy(() -> Gen.faultSchedules(List.of(), 10, 1)).hasMessageContaining("at least one node");
        assertThatThrownBy(() -> Gen.faultSchedules(NODES, -1, 1)).hasMessageContaining("horizon must be >= 0, got -1");
        assertThatThrownBy(() -> Gen.faultSchedules(NODES, 10, -2)).hasMessageContaining("maxEvents must be >= 0, got -2");
    }

    @Test
    void recoverAllAtHealsAndRestartsWhatIsStillBroken() {
        FaultSchedule schedule = FaultSchedule.of(NODES, List.of(
                new FaultEvent.Partition(5, List.of(A), List.of(B, C), true), new FaultEvent.Crash(10, C)));

        FaultSchedule recovered = schedule.recoverAllAt(100);

        assertThat(recovered.events().subList(2, 4)).containsExactly(new FaultEvent.Heal(100), new FaultEvent.Restart(100, C));
        assertThatThrownBy(() -> schedule.recoverAllAt(3)).hasMessageContaining("got 3");
    }

    @Test
    void theNetworkAppliesScheduledFaultsAtTheirTimes() {
        FaultSchedule schedule = FaultSchedule.of(NODES, List.of(
                new FaultEvent.Partition(5, List.of(A), List.of(B, C), false),
                new FaultEvent.Crash(10, C),
                new FaultEvent.Pause(12, B, 8),
                new FaultEvent.Heal(30),
                new FaultEvent.Restart(40, C)));
        SimNetwork<Sync> net = SimNetwork.durableNodes(3, GossipNode.factory(3, 10, GossipNode.Bug.NONE)).seed(1).schedule(schedule).build();

        net.run(11);
        assertThat(net.isUp(C)).isFalse();
        net.run(2);
        assertThat(net.isPaused(B)).isTrue();
        net.run(40);

        assertThat(net.isUp(C)).isTrue();
        assertThat(net.isPaused(B)).isFalse();
        assertThat(net.trace().events()).filteredOn(e -> e.actor().equals("network") || e.kind() == EventKind.CRASH
                        || e.kind() == EventKind.RESTART || e.kind() == EventKind.PAUSE || e.kind() == EventKind.RESUME)
                .extracting(e -> e.time().ticks() + " " + e.kind())
                .containsExactly("5 PARTITION", "10 CRASH", "12 PAUSE", "20 RESUME", "30 HEAL", "40 RESTART");
    }

    @Test
    void aNetworkCanDrawEverythingFromAGivenStream() {
        SimRandom root = SimRandom.seeded(77);
        FaultSchedule schedule = FaultSchedule.random(root.fork("schedule"), NODES, 300, 5);
        SimNetwork<Sync> first = SimNetwork.durableNodes(3, GossipNode.factory(3, 10, GossipNode.Bug.NONE)).random(SimRandom.seeded(77)).faults(FaultConfig.hostile()).schedule(schedule).build();
        SimNetwork<Sync> second = SimNetwork.durableNodes(3, GossipNode.factory(3, 10, GossipNode.Bug.NONE)).random(SimRandom.seeded(77)).faults(FaultConfig.hostile()).schedule(schedule).build();
        first.run(400);
        second.run(400);

        assertThat(first.seed()).isEqualTo(77);
        assertThat(first.trace().fingerprint()).isEqualTo(second.trace().fingerprint());
        assertThat(first.trace().size()).isGreaterThan(50);
    }

    /** A generated fault schedule plus the test case's own stream, which drives the network's message faults. */
    private record Scenario(FaultSchedule schedule, SimRandom random) {
    }

    private static final Gen<Scenario> SCENARIOS = Gen.zip(Gen.faultSchedules(NODES, 500, 6), Gen.liveRandom(), Scenario::new);

    /**
     * A node that forgets to persist loses data only if it crashes: a fault-free run misses the bug, a
     * generated schedule finds it, and shrinking reduces the schedule to the one fault that matters — a
     * single crash (the run itself restarts every crashed node at the end) — and every message fault to none.
     */
    @Test
    void aFailingScheduleShrinksToTheOneCrashThatMatters() {
        assertThat(runForgetfulCluster(new SimContext(99), FaultSchedule.none())).isEmpty();

        PropertyResult<Scenario> result = PropertyRunner.check(SCENARIOS, PropertySettings.seeded(PropertyAssertions.BASE_SEED),
                scenario -> runForgetfulCluster(new SimContext(scenario.random()), scenario.schedule()).ifPresent(error -> {
                    throw error;
                }));

        assertThat(result).isInstanceOfSatisfying(Falsified.class, failure -> {
            Scenario original = (Scenario) failure.original().value();
            Scenario shrunk = (Scenario) failure.shrunk().value();
            assertThat(shrunk.schedule().events()).hasSize(1).first().isInstanceOf(FaultEvent.Crash.class);
            assertThat(original.schedule().events().size()).isGreaterThanOrEqualTo(shrunk.schedule().events().size());
            assertThat(failure.shrunk().failure()).isInstanceOfSatisfying(InvariantViolationError.class,
                    error -> assertThat(error.invariant()).isEqualTo("versions never go backwards"));
            InvariantViolationError replayed = runForgetfulCluster(
                    new SimContext(SimRandom.seeded(failure.failingSeed())),
                    ((Scenario) failure.original().value()).schedule()).orElseThrow();
            assertThat(replayed.invariant()).isEqualTo("versions never go backwards");
        });
    }

    /**
     * Runs three gossip nodes that forget to persist their store, with faults drawn entirely from the
     * context and the given schedule, after which every crashed node restarts. Returns the violation, if any.
     */
    private static Optional<InvariantViolationError> runForgetfulCluster(SimContext context, FaultSchedule generated) {
        FaultSchedule schedule = generated.recoverAllAt(500);
        NetworkFaults faults = NetworkFaults.builder().lossRate(0.05).minDelayTicks(1).maxDelayTicks(5).build();
        SimNetwork<Sync> net = SimNetwork.durableNodes(3, GossipNode.factory(3, 10, GossipNode.Bug.FORGETS_TO_PERSIST)).context(context)
                .faults(faults).schedule(schedule)
                .expect(GossipChecks.versionsNeverGoBackwards())
                .build();
        try {
            for (int i = 0; i < 12; i++) {
                NodeId writer = NODES.get(i % 3);
                if (net.isUp(writer)) {
                    String value = "v" + i;
                    net.invoke(writer, GossipNode.class, "put k=" + value, node -> node.put("k", value));
                }
                net.run(50);
            }
            return Optional.empty();
        } catch (InvariantViolationError error) {
            return Optional.of(error);
        }
    }
}
