package dev.simscaffold.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.time.LogicalTime;
import org.junit.jupiter.api.Test;

/** Tick {@code t} begins {@code t * millisPerTick} ms after the start: never early, waits rounded up. */
class TickMappingTest {

    private static final long MS = 1_000_000;

    @Test
    void ticksCountWholeTicksElapsedAndWaitsReachTheTickNeverBefore() {
        TickMapping ticks = new TickMapping(10);
        assertThat(ticks.ticksAfter(0)).isEqualTo(LogicalTime.of(0));
        assertThat(ticks.ticksAfter(10 * MS - 1)).isEqualTo(LogicalTime.of(0));
        assertThat(ticks.ticksAfter(10 * MS)).isEqualTo(LogicalTime.of(1));
        assertThat(ticks.millisUntil(LogicalTime.of(3), 0)).isEqualTo(30);
        assertThat(ticks.millisUntil(LogicalTime.of(3), 25 * MS + 1)).as("rounded up, so never early").isEqualTo(5);
        assertThat(ticks.ticksAfter(25 * MS + 1 + 5 * MS)).isEqualTo(LogicalTime.of(3));
        assertThat(ticks.millisUntil(LogicalTime.of(3), 31 * MS)).isZero();
        assertThat(ticks.millisUntil(LogicalTime.of(Long.MAX_VALUE), 0)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aTickOutsideOneMillisecondToOneHourIsRefusedNamingIt() {
        assertThatThrownBy(() -> new TickMapping(0)).hasMessage("millisPerTick must be within 1..3600000, got 0");
        assertThatThrownBy(() -> new TickMapping(3_600_001)).hasMessageContaining("got 3600001");
    }
}
