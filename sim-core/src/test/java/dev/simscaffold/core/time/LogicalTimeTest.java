package dev.simscaffold.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LogicalTimeTest {

    @Test
    void zeroIsTheStartAndAdvancingMovesForward() {
        assertThat(LogicalTime.ZERO.ticks()).isZero();
        assertThat(LogicalTime.ZERO.advance(5)).isEqualTo(LogicalTime.of(5));
        assertThat(LogicalTime.of(5).advance(0)).isEqualTo(LogicalTime.of(5));
        assertThat(LogicalTime.of(5).plus(LogicalTime.of(7))).isEqualTo(LogicalTime.of(12));
    }

    @Test
    void negativeAdvanceIsRejectedWithTheValue() {
        assertThatThrownBy(() -> LogicalTime.of(3).advance(-2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-2");
    }

    @Test
    void negativeTicksAreRejectedWithTheValue() {
        assertThatThrownBy(() -> LogicalTime.of(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void overflowIsDetectedNotWrapped() {
        LogicalTime late = LogicalTime.of(Long.MAX_VALUE - 1);
        assertThat(late.advance(1).ticks()).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> late.advance(2))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("overflow");
        assertThatThrownBy(() -> late.plus(LogicalTime.of(Long.MAX_VALUE)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void comparesByTicks() {
        LogicalTime early = LogicalTime.of(1);
        LogicalTime late = LogicalTime.of(2);
        assertThat(early).isLessThan(late);
        assertThat(early.isBefore(late)).isTrue();
        assertThat(late.isAfter(early)).isTrue();
        assertThat(early.isAfter(early)).isFalse();
        assertThat(LogicalTime.max(early, late)).isEqualTo(late);
        assertThat(early.ticksUntil(late)).isEqualTo(1);
    }

    @Test
    void ticksUntilAnEarlierTimeIsRejectedNamingBothTimes() {
        assertThatThrownBy(() -> LogicalTime.of(9).ticksUntil(LogicalTime.of(4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t=4")
                .hasMessageContaining("t=9");
    }

    @Test
    void rendersReadably() {
        assertThat(LogicalTime.of(42)).hasToString("t=42");
    }
}
