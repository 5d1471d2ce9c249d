package dev.simscaffold.core.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.random.Xoshiro256StarStar;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strategy travels in the {@link SimContext}: given, carried by the stream's source, or uniform. */
class StrategyInContextTest {

    @Test
    void aContextIsUniformUnlessGivenAStrategy() {
        assertThat(new SimContext(1).strategy()).isEqualTo(Strategy.uniform());
        assertThat(new SimContext(SimRandom.seeded(1)).strategy()).isEqualTo(Strategy.uniform());
        assertThat(new SimContext(1, Strategy.randomWalk()).strategy()).isEqualTo(Strategy.randomWalk());
    }

    @Test
    void aContextOverACarryingSourceTakesItsStrategyAndItsSeed() {
        SimContext context = new SimContext(new SimRandom(new CarryingSource(new Xoshiro256StarStar(9), Strategy.randomWalk())));
        assertThat(context.strategy()).isEqualTo(Strategy.randomWalk());
        assertThat(context.seed()).isEqualTo(9);
    }

    @Test
    void aContextNamesItsStrategyBesideItsSeedUnlessItIsUniform() {
        assertThat(new SimContext(5, Strategy.randomWalk())).hasToString("SimContext[seed=5, now=t=0, strategy=RandomWalkStrategy[]]");
        assertThat(new SimContext(5)).hasToString("SimContext[seed=5, now=t=0]");
    }

    @Test
    void aNullStrategyIsRefusedNamingTheDefault() {
        assertThatThrownBy(() -> new SimContext(SimRandom.seeded(1), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("Strategy.uniform()");
    }

    @Test
    void aRandomWalkDrawsNothingWhenOnlyOneEventIsEnabled() {
        SimRandom random = SimRandom.seeded(3);
        Chooser chooser = Strategy.randomWalk().chooser(random);
        EnabledEvent only = new EnabledEvent(EnabledEvent.Kind.TIMER, 4, 4, 0, List.of(1));
        assertThat(chooser.choose(EnabledEvents.of(List.of(only)))).isZero();
        assertThat(random.nextLong()).isEqualTo(SimRandom.seeded(3).nextLong());
    }
}
