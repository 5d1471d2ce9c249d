package dev.simscaffold.core.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A strategy's text form reads back to an equal strategy, and bad input is refused naming the value. */
class StrategyTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"uniform", "random-walk", "pct:1", "pct:3", "pct:2:40", "pos", "portfolio:pct:3,pos",
            "portfolio:uniform", "hold:20:pos", "hold:5:pct:3", "portfolio:pct:3,hold:20:random-walk"})
    void theTextFormReadsBackToAnEqualStrategy(String text) {
        Strategy strategy = Strategy.parse(text);

        assertThat(strategy.name()).isEqualTo(text);
        assertThat(Strategy.parse(strategy.name())).isEqualTo(strategy);
    }

    @Test
    void theFactoriesGiveTheParsedStrategies() {
        assertThat(Strategy.parse(" pct:3 ")).isEqualTo(Strategy.pct(3)).isEqualTo(new PctStrategy(3, PctStrategy.DEFAULT_LENGTH));
        assertThat(Strategy.parse("pos")).isEqualTo(Strategy.pos());
        assertThat(Strategy.parse("uniform")).isSameAs(Strategy.uniform());
        assertThat(Strategy.parse("portfolio:pct:3,pos"))
                .isEqualTo(Strategy.portfolio(Strategy.pct(3), Strategy.pos()))
                .isEqualTo(new PortfolioStrategy(List.of(Strategy.pct(3), Strategy.pos())));
    }

    @Test
    void aPctDepthBelowOneIsRefusedNamingIt() {
        assertThatThrownBy(() -> Strategy.pct(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PCT depth").hasMessageContaining("got 0");
        assertThatThrownBy(() -> Strategy.parse("pct:-2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got -2");
        assertThatThrownBy(() -> new PctStrategy(3, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PCT length").hasMessageContaining("got 0");
        assertThatThrownBy(() -> Strategy.parse("pct:x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x'");
    }

    @Test
    void anEmptyPortfolioIsRefusedNamingIt() {
        assertThatThrownBy(Strategy::portfolio).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one member").hasMessageContaining("[]");
        assertThatThrownBy(() -> Strategy.parse("portfolio:")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'portfolio:'");
        assertThatThrownBy(() -> Strategy.portfolio(Strategy.pos(), null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
        assertThatThrownBy(() -> Strategy.portfolio(Strategy.portfolio(Strategy.pos())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("portfolio");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pcts", "PCT:3", "random", "pct", "pct:3:4:5", "pos:2", "portfolio:pct:3,,pos", ""})
    void anUnknownNameIsRefusedNamingIt(String text) {
        assertThatThrownBy(() -> Strategy.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }
}
