package dev.simscaffold.core.buggify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.explore.FaultSpans;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Buggify sites: decided once per run (enabled or not), then per visit (fired or not), every decision a
 * recorded choice that replays and shrinks; the disabled instance decides nothing; bad probabilities refused.
 */
class BuggifyTest {

    private static List<Boolean> visits(Buggify buggify, String site, int count) {
        List<Boolean> fired = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            fired.add(buggify.fires(site));
        }
        return fired;
    }

    @Test
    void theDisabledInstanceNeverFiresAndDecidesNothing() {
        Buggify off = Buggify.disabled();

        assertThat(visits(off, "any.site", 1_000)).containsOnly(false);
        assertThat(off.report().sites()).isEmpty();
        assertThat(off.isSimulated()).isFalse();
        assertThatThrownBy(() -> off.attach(new SimContext(1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> off.site("x", 1, 1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSiteIsEnabledOrNotForTheWholeRunAndFiresSometimesWhenEnabled() {
        int enabledRuns = 0;
        long firedVisits = 0;
        long enabledVisits = 0;
        for (long seed = 1; seed <= 400; seed++) {
            Buggify buggify = Buggify.simulated().attach(new SimContext(seed));
            List<Boolean> fired = visits(buggify, "site", 100);
            BuggifySite site = buggify.report().sites().get(0);
            assertThat(site.reached()).isEqualTo(100);
            if (site.enabled()) {
                enabledRuns++;
                enabledVisits += 100;
                firedVisits += site.fired();
                assertThat(fired.stream().filter(Boolean::booleanValue).count()).isEqualTo(site.fired());
            } else {
                assertThat(fired).as("a disabled site never fires in its run").containsOnly(false);
            }
        }
        assertThat(enabledRuns).as("about a quarter of 400 runs").isBetween(70, 130);
        assertThat((double) firedVisits / enabledVisits).as("about a quarter of the visits of an enabled site").isBetween(0.2, 0.3);
    }

    @Test
    void theSameSeedDecidesTheSameWayAndAnotherSeedOtherwise() {
        List<List<Boolean>> runs = new ArrayList<>();
        for (long seed : new long[] {7, 7, 8}) {
            Buggify buggify = Buggify.simulated(1.0, 0.5).attach(new SimContext(seed));
            runs.add(visits(buggify, "site", 64));
        }

        assertThat(runs.get(1)).isEqualTo(runs.get(0));
        assertThat(runs.get(2)).isNotEqualTo(runs.get(0));
    }

    @Test
    void aSiteCanHaveItsOwnProbabilities() {
        Buggify buggify = Buggify.simulated(0.0, 0.0).site("always", 1.0, 1.0).attach(new SimContext(3));

        assertThat(visits(buggify, "always", 10)).containsOnly(true);
        assertThat(visits(buggify, "never", 10)).containsOnly(false);
        assertThat(buggify.report().enabled()).containsExactly("always");
        assertThat(buggify.report().fired()).containsExactly("always");
        assertThat(buggify.report().summary()).isEqualTo("buggify: always fired 10/10; disabled: never");
        assertThatThrownBy(() -> buggify.site("always", 0.5, 0.5)).hasMessageContaining("buggify site always was already reached");
    }

    @Test
    void theSummarySaysWhichSitesWereEnabledWithoutFiring() {
        Buggify buggify = Buggify.simulated(1.0, 0.0).attach(new SimContext(3));
        buggify.fires("quiet");

        assertThat(buggify.report().summary()).isEqualTo("buggify: quiet enabled, never fired (reached 1)");
        assertThat(Buggify.simulated().report().summary()).isEqualTo("buggify: no site reached");
    }

    @Test
    void badInputIsRefusedNamingTheValue() {
        assertThatThrownBy(() -> Buggify.simulated(1.5, 0.25)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("buggify enable probability for every site must be in [0, 1], got 1.5");
        assertThatThrownBy(() -> Buggify.simulated(0.25, -0.1)).hasMessageContaining("fire probability").hasMessageContaining("got -0.1");
        assertThatThrownBy(() -> Buggify.simulated().site("raft.x", Double.NaN, 0.5))
                .hasMessage("buggify enable probability for raft.x must be in [0, 1], got NaN");
        assertThatThrownBy(() -> Buggify.simulated().attach(new SimContext(1)).fires("")).hasMessageContaining("got \"\"");
        assertThatThrownBy(() -> Buggify.simulated().fires("early")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("buggify site early reached before the buggify was attached");
        SimContext context = new SimContext(1);
        Buggify once = Buggify.simulated().attach(context);
        assertThatThrownBy(() -> once.attach(new SimContext(2))).hasMessageContaining("already attached");
        assertThatThrownBy(() -> Buggify.simulated().attach(context)).hasMessageContaining("\"buggify\" is already in use");
    }

    /** A planted bug that breaks when a site fires: the failure replays, and shrinks to one firing. */
    @Test
    void everyFiringIsOneFaultSpanAndAFailureShrinksToOne() {
        Falsified<SimRandom> failure = (Falsified<SimRandom>) PropertyRunner.check(Gen.liveRandom(), PropertySettings.seeded(5),
                random -> {
                    Buggify buggify = Buggify.simulated(1.0, 0.2).attach(random.fork("buggify"));
                    assertThat(visits(buggify, "widen", 50)).as("the planted bug: it breaks when the site fires").containsOnly(false);
                });

        assertThat(faultSpans(failure.original().spanCounts())).containsOnlyKeys(BuggifySpans.fire("widen"));
        assertThat(faultSpans(failure.shrunk().spanCounts())).isEqualTo(Map.of(BuggifySpans.fire("widen"), 1));
    }

    private static SortedMap<String, Integer> faultSpans(SortedMap<String, Integer> spans) {
        SortedMap<String, Integer> faults = new TreeMap<>(spans);
        faults.keySet().removeIf(label -> !FaultSpans.isFault(label));
        return faults;
    }
}
