package dev.simscaffold.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import org.junit.jupiter.api.Test;

class SimContextTest {

    @Test
    void startsAtZeroWithItsSeed() {
        SimContext context = new SimContext(42);
        assertThat(context.now()).isEqualTo(LogicalTime.ZERO);
        assertThat(context.seed()).isEqualTo(42);
        assertThat(context.random().seed()).isEqualTo(42);
    }

    @Test
    void timeMovesForwardOnly() {
        SimContext context = new SimContext(1);
        assertThat(context.advance(10)).isEqualTo(LogicalTime.of(10));
        assertThat(context.advanceTo(LogicalTime.of(10))).isEqualTo(LogicalTime.of(10));
        assertThat(context.advanceTo(LogicalTime.of(15))).isEqualTo(LogicalTime.of(15));
        assertThatThrownBy(() -> context.advanceTo(LogicalTime.of(3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t=15")
                .hasMessageContaining("t=3");
        assertThatThrownBy(() -> context.advance(-1)).hasMessageContaining("-1");
        assertThat(context.now()).isEqualTo(LogicalTime.of(15));
    }

    @Test
    void forksAreTheRootStreamsForks() {
        SimContext context = new SimContext(9);
        assertThat(context.fork("inputs").nextLong()).isEqualTo(SimRandom.seeded(9).fork("inputs").nextLong());
    }

    @Test
    void canRunOverAGivenStream() {
        SimRandom stream = SimRandom.seeded(5).fork("scenario");
        SimContext context = new SimContext(stream);
        assertThat(context.seed()).isEqualTo(stream.seed());
        assertThat(context.random()).isSameAs(stream);
    }

    /** The harness forks "effects"; a test forking it again would replay the harness's fault decisions. */
    @Test
    void aPurposeForkedTwiceIsRefusedNamingIt() {
        SimContext context = new SimContext(3);
        context.fork("effects");
        context.fork("inputs");
        assertThatThrownBy(() -> context.fork("effects"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("\"effects\" is already in use")
                .hasMessageContaining("[effects, inputs]");
    }
}
