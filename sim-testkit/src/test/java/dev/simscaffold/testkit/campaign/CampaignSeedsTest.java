package dev.simscaffold.testkit.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CampaignSeedsTest {

    /**
     * Seed identity must never change between releases: these values were computed from the documented
     * formula by an independent implementation (Python, 64-bit wrap-around arithmetic).
     */
    @Test
    void seedKIsTheDocumentedFunctionOfCampaignAndK() {
        CampaignSeeds lease = new CampaignSeeds("lease-hostile");
        assertThat(lease.seed(0)).isEqualTo(8263239281842696018L);
        assertThat(lease.seed(1)).isEqualTo(7172324337239695094L);
        assertThat(lease.seed(1_000_000)).isEqualTo(2170100729975211259L);
        assertThat(new CampaignSeeds("gossip.partitions").seed(42)).isEqualTo(4155793927067868199L);
    }

    @Test
    void campaignsDoNotShareSeeds() {
        Set<Long> seen = new HashSet<>();
        for (String campaign : new String[] {"a", "b", "lease-hostile", "lease-hostile2"}) {
            for (long k = 0; k < 10_000; k++) {
                assertThat(seen.add(new CampaignSeeds(campaign).seed(k))).as("%s k=%d", campaign, k).isTrue();
            }
        }
    }

    @Test
    void badIdsAndIndicesAreRefusedByName() {
        assertThatThrownBy(() -> new CampaignSeeds("../x")).hasMessageContaining("\"../x\"");
        assertThatThrownBy(() -> new CampaignSeeds("")).hasMessageContaining("campaign id");
        assertThatThrownBy(() -> new CampaignSeeds("ok").seed(-1)).hasMessageContaining("got -1");
    }
}
