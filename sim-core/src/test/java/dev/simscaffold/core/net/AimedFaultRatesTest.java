package dev.simscaffold.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.random.SimRandom;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every aimed fault kind of {@link NetworkFaults} promises about its rate, checked once for all of them: a
 * per-run swarm ({@link NetworkFaults#swarmAround}) scales a rate that is on and leaves one that is off at zero, and a
 * rate outside [0, 1] is refused naming the field and the value. What each kind does to a run is its own test's
 * ({@code FanOutCutTest}, {@code WriteWindowCrashTest}, {@code WriteWindowIsolationTest}).
 */
class AimedFaultRatesTest {

    /**
     * One aimed fault kind.
     *
     * @param field the rate's field, as refusals name it
     * @param on faults with the kind on
     * @param rate sets the rate on a builder that already holds whatever else the kind needs
     * @param rateOf reads the rate
     */
    record Kind(String field, NetworkFaults on, BiFunction<NetworkFaults.Builder, Double, NetworkFaults.Builder> rate,
            ToDoubleFunction<NetworkFaults> rateOf) {

        @Override
        public String toString() {
            return field;
        }
    }

    static List<Kind> kinds() {
        return List.of(
                new Kind("fanOutCutRate", NetworkFaults.builder().fanOutCutRate(0.1).maxFanOutCutTicks(30).build(),
                        (b, r) -> b.maxFanOutCutTicks(5).fanOutCutRate(r), NetworkFaults::fanOutCutRate),
                new Kind("writeWindowCrashRate", NetworkFaults.builder().writeWindowCrashRate(0.05).restartAfterTicks(5).build(),
                        (b, r) -> b.writeWindowCrashRate(r), NetworkFaults::writeWindowCrashRate),
                new Kind("writeWindowIsolationRate", NetworkFaults.builder().writeWindowIsolationRate(0.1).maxWriteWindowIsolationTicks(30).build(),
                        (b, r) -> b.maxWriteWindowIsolationTicks(5).writeWindowIsolationRate(r), NetworkFaults::writeWindowIsolationRate));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void swarmAroundScalesTheRatePerRunWhenItIsOnAndLeavesItOffOtherwise(Kind kind) {
        Set<Double> drawn = new TreeSet<>();
        for (long seed = 1; seed <= 40; seed++) {
            drawn.add(kind.rateOf().applyAsDouble(kind.on().swarmAround(SimRandom.seeded(seed))));
        }
        assertThat(drawn).contains(0.0).hasSizeGreaterThan(3).allSatisfy(rate -> assertThat(rate).isBetween(0.0, 1.0));
        assertThat(kind.rateOf().applyAsDouble(NetworkFaults.builder().crashRate(0.1).build().swarmAround(SimRandom.seeded(1)))).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aRateOutsideZeroToOneIsRefusedNamingTheFieldAndTheValue(Kind kind) {
        assertThatThrownBy(() -> FaultConfig.builder().network(n -> kind.rate().apply(n, 1.5)).build())
                .hasMessageContaining("network." + kind.field()).hasMessageContaining("1.5");
        assertThatThrownBy(() -> kind.rate().apply(NetworkFaults.builder(), -0.1).build())
                .hasMessageContaining("network." + kind.field()).hasMessageContaining("-0.1");
    }
}
