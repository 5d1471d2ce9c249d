package dev.simscaffold.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyAssertions;
import dev.simscaffold.core.check.PropertyResult;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random fault schedules mean what their arguments say: up to {@code maxEvents} entries, all of them
 * reachable; entries spread over the whole horizon, one per slot, however large {@code maxEvents} is; only
 * the kinds the caller named; and a description that says how the schedule was drawn.
 */
class RandomScheduleShapeTest {

    private static final List<NodeId> NODES = List.of(NodeId.of(0), NodeId.of(1), NodeId.of(2), NodeId.of(3), NodeId.of(4));
    /** Partitions are valid in every state, so no drawn entry is skipped and counts are exact. */
    private static final Set<FaultSchedule.Kind> PARTITIONS = EnumSet.of(FaultSchedule.Kind.PARTITION);

    private static List<FaultSchedule> draw(long horizon, int maxEvents, Set<FaultSchedule.Kind> kinds) {
        List<FaultSchedule> drawn = new ArrayList<>();
        for (long seed = 0; seed < 300; seed++) {
            drawn.add(FaultSchedule.random(SimRandom.seeded(seed).fork("schedule"), NODES, horizon, maxEvents, kinds));
        }
        return drawn;
    }

    @Test
    void maxEventsIsReachedAndSetsTheAverage() {
        for (int maxEvents : new int[] {4, 20, 100}) {
            List<FaultSchedule> drawn = draw(10_000, maxEvents, PARTITIONS);
            int most = drawn.stream().mapToInt(s -> s.events().size()).max().orElseThrow();
            double mean = drawn.stream().mapToInt(s -> s.events().size()).average().orElseThrow();

            assertThat(most).as("maxEvents=%d", maxEvents).isEqualTo(maxEvents);
            assertThat(mean).as("maxEvents=%d: density uniform in [0, 1] gives about half", maxEvents)
                    .isBetween(0.35 * maxEvents, 0.65 * maxEvents);
            assertThat(drawn).filteredOn(FaultSchedule::isEmpty).as("maxEvents=%d", maxEvents).isNotEmpty();
        }
    }

    /** The old drawer packed a large maxEvents into the start of the run; every entry now lies in its own slot. */
    @Test
    void entriesSpreadOverTheWholeHorizonOnePerSlot() {
        long horizon = 10_000;
        for (int maxEvents : new int[] {4, 20, 100}) {
            long slot = horizon / maxEvents;
            List<Long> lastTimes = new ArrayList<>();
            for (FaultSchedule schedule : draw(horizon, maxEvents, PARTITIONS)) {
                List<FaultEvent> events = schedule.events();
                for (int i = 1; i < events.size(); i++) {
                    assertThat(events.get(i).at() / slot).as("entries %d and %d of %s", i - 1, i, schedule)
                            .isGreaterThanOrEqualTo(events.get(i - 1).at() / slot);
                }
                assertThat(events).allSatisfy(event -> assertThat(event.at()).isBetween(0L, horizon));
                if (events.size() >= maxEvents / 2) {
                    lastTimes.add(events.get(events.size() - 1).at());
                }
            }
            assertThat(lastTimes.stream().mapToLong(Long::longValue).average().orElseThrow())
                    .as("maxEvents=%d: half-full schedules still reach the end of the horizon", maxEvents)
                    .isGreaterThan(0.7 * horizon);
        }
    }

    @Test
    void onlyTheKindsTheCallerNamesAreDrawn() {
        Set<FaultSchedule.Kind> kinds = EnumSet.of(FaultSchedule.Kind.CRASH, FaultSchedule.Kind.RESTART);
        List<Class<?>> drawn = draw(1_000, 8, kinds).stream().flatMap(s -> s.events().stream()).map(Object::getClass).distinct().toList();

        assertThat(drawn).containsExactlyInAnyOrder(FaultEvent.Crash.class, FaultEvent.Restart.class);
        List<Class<?>> all = draw(1_000, 8, FaultSchedule.Kind.ALL).stream().flatMap(s -> s.events().stream())
                .map(Object::getClass).distinct().toList();
        assertThat(all).hasSize(6);
    }

    @Test
    void theOrderOfTheKindsDoesNotChangeWhatASeedDraws() {
        Set<FaultSchedule.Kind> forwards = EnumSet.of(FaultSchedule.Kind.CRASH, FaultSchedule.Kind.PAUSE);
        Set<FaultSchedule.Kind> backwards = new LinkedHashSet<>(List.of(FaultSchedule.Kind.PAUSE, FaultSchedule.Kind.CRASH));

        assertThat(draw(1_000, 8, backwards)).isEqualTo(draw(1_000, 8, forwards));
    }

    /** A scenario without scheduled faults leaves the stream untouched, so its other draws keep their meaning. */
    @Test
    void noEventsDrawsNothing() {
        SimRandom drawn = SimRandom.seeded(9);
        assertThat(FaultSchedule.random(drawn, NODES, 1_000, 0).isEmpty()).isTrue();

        assertThat(drawn.nextLong()).isEqualTo(SimRandom.seeded(9).nextLong());
    }

    @Test
    void badArgumentsAreRefusedNamingTheValue() {
        SimRandom random = SimRandom.seeded(1);
        assertThatThrownBy(() -> FaultSchedule.random(random, NODES, 100, 4, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one kind of fault, got []");
        assertThatThrownBy(() -> Gen.faultSchedules(NODES, 100, 4, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got []");
        assertThatThrownBy(() -> FaultSchedule.random(random, NODES, 100, -3, PARTITIONS)).hasMessageContaining("maxEvents must be >= 0, got -3");
    }

    @Test
    void theDescriptionSaysHowTheScheduleWasDrawnAndWhatItHolds() {
        FaultSchedule schedule = draw(1_000, 8, EnumSet.of(FaultSchedule.Kind.CRASH, FaultSchedule.Kind.RESTART)).stream()
                .filter(s -> s.events().size() >= 3).findFirst().orElseThrow();
        String described = schedule.describe();

        assertThat(described).startsWith("fault schedule, random(horizon=1000, maxEvents=8, kinds=[CRASH, RESTART]): "
                + schedule.events().size() + " entries {crash=");
        assertThat(described.lines().skip(1).toList()).containsExactlyElementsOf(
                schedule.events().stream().map(event -> "  " + event).toList());
        assertThat(schedule.recoverAllAt(2_000).describe()).contains("recovered at t=2000");
        assertThat(FaultSchedule.of(NODES, List.of(new FaultEvent.Crash(3, NodeId.of(1)))).describe())
                .isEqualTo("fault schedule, scripted: 1 entry {crash=1}" + System.lineSeparator() + "  t=3 crash node-1");
    }

    /**
     * Each entry is one span: a property that fails on any late partition shrinks a full schedule to one
     * partition, at the start of the first slot that still fails.
     */
    @Test
    void aFullScheduleShrinksToTheOneEntryThatMatters() {
        Gen<FaultSchedule> schedules = Gen.faultSchedules(NODES, 1_000, 10, PARTITIONS);
        PropertyResult<FaultSchedule> result = PropertyRunner.check(schedules, PropertySettings.seeded(PropertyAssertions.BASE_SEED),
                schedule -> assertThat(schedule.events()).noneMatch(event -> event.at() >= 500));

        assertThat(result).isInstanceOfSatisfying(Falsified.class, failure -> {
            FaultSchedule shrunk = (FaultSchedule) failure.shrunk().value();
            assertThat(shrunk.events()).hasSize(1);
            assertThat(shrunk.events().get(0).at()).isEqualTo(500);
        });
    }
}
