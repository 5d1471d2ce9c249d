package dev.simscaffold.testkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Trace file names must give back the seed a reader copies into {@code -Dsim.seed}, sign and all. */
class TraceFilesTest {

    private static final Pattern SEED = Pattern.compile("\\.seed_(-?\\d+)$");

    @Test
    void aNegativeSeedKeepsItsSignAfterAnUnambiguousMarker() {
        String name = TraceFiles.baseName("LeaseTableProperties#invariantsHoldWithoutFaults", -6703534882574009558L);

        assertThat(name).isEqualTo("LeaseTableProperties.invariantsHoldWithoutFaults.seed_-6703534882574009558");
        assertThat(seedIn(name)).isEqualTo(-6703534882574009558L);
    }

    @Test
    void everySeedReadsBackFromItsFileName() {
        for (long seed : new long[] {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE}) {
            assertThat(seedIn(TraceFiles.baseName("A#b", seed))).as("seed %d", seed).isEqualTo(seed);
        }
    }

    @Test
    void charactersAFileSystemOrShellMisreadsBecomeDots() {
        assertThat(TraceFiles.baseName("Outer$Inner#run [1] / two", 7)).isEqualTo("Outer$Inner.run..1....two.seed_7");
    }

    private static long seedIn(String baseName) {
        Matcher seed = SEED.matcher(baseName);
        assertThat(seed.find()).as("a seed in %s", baseName).isTrue();
        return Long.parseLong(seed.group(1));
    }
}
