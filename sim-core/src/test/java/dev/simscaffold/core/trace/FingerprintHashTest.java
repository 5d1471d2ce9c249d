package dev.simscaffold.core.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The name cache of {@link FingerprintHash} only saves work: feeding a name through it must feed exactly
 * the name's string word, whatever the cache holds (the name itself, an equal string of another identity,
 * or another name in the same slot).
 */
class FingerprintHashTest {

    @Test
    void aNameFeedsItsStringWordWhateverTheCacheHolds() {
        String equalCopy = new String("instance-1");
        assertThat("Aa".hashCode()).as("two names that share a cache slot").isEqualTo("BB".hashCode());
        List<String> names = List.of("", "instance-1", "instance-1", equalCopy, "Aa", "BB", "Aa", "", "BB", "clock", new String(""));

        FingerprintHash cached = new FingerprintHash();
        FingerprintHash direct = new FingerprintHash();
        for (String name : names) {
            cached.putName(name);
            direct.put(FingerprintHash.stringWord(name));
            assertThat(cached.value()).as("after \"%s\"", name).isEqualTo(direct.value());
        }
    }
}
