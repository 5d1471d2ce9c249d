package dev.simscaffold.core.explore.guided;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.net.SimNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A corpus written as text and read back is the same corpus: the text reads back to the same text, and a session
 * resumed from the text makes exactly the decisions and runs (trace fingerprints) of a session resumed from the
 * corpus itself; a damaged text is refused naming its source and line.
 */
class KeptTriesTest {

    private static KeptTries grown(long seed, int tries) {
        GuidedSession session = new GuidedSession(seed, 0.5, KeptTries.limitedTo(GuidedSettings.DEFAULT_CORPUS_LIMIT));
        long[] fresh = {1_000 * seed};
        for (int t = 0; t < tries; t++) {
            session.next(DuplicateCounter::once, () -> fresh[0]++);
        }
        return session.corpus();
    }

    /** The fingerprints of a session's tries from a corpus. */
    private static List<String> fingerprints(KeptTries corpus, int tries) {
        GuidedSession session = new GuidedSession(99, 0.7, corpus);
        List<String> fingerprints = new ArrayList<>();
        long[] fresh = {5_000};
        for (int t = 0; t < tries; t++) {
            Optional<GuidedFailure> failure = session.next(random -> {
                SimNetwork<Long> network = DuplicateCounter.network(random);
                try {
                    network.run(2L * DuplicateCounter.MESSAGES + 10);
                } finally {
                    fingerprints.add(network.trace().fingerprintHex());
                }
                return TryOutcome.passed(Features.withCounts(network.coverage()));
            }, () -> fresh[0]++);
            failure.ifPresent(f -> fingerprints.add("failed " + f.choices().encoded()));
        }
        fingerprints.add(session.result(Optional.empty()).toString());
        return fingerprints;
    }

    @Test
    void aCorpusReadBackFromItsTextResumesExactlyAsTheCorpusItself() {
        KeptTries original = grown(4, 80);
        String text = original.encode();
        KeptTries read = KeptTries.decode(text, GuidedSettings.DEFAULT_CORPUS_LIMIT, "grown.kept");

        assertThat(original.size()).isGreaterThan(1);
        assertThat(read.encode()).isEqualTo(text);
        assertThat(read.size()).isEqualTo(original.size());
        assertThat(read.featuresSeen()).isEqualTo(original.featuresSeen());
        assertThat(fingerprints(read, 40)).isEqualTo(fingerprints(KeptTries.decode(text, GuidedSettings.DEFAULT_CORPUS_LIMIT, "again"), 40))
                .isEqualTo(fingerprints(original, 40));
    }

    @Test
    void namesWithSpacesPercentSignsOrNothingAtAllAreOneWordThatReadsBack() {
        for (String name : List.of("sometimes: one duplicate", "100% done", "line\nbreak", "", "%", "plain")) {
            String word = KeptTriesCodec.escape(name);
            assertThat(word).doesNotContain(" ").doesNotContain("\n").isNotEmpty();
            assertThat(KeptTriesCodec.unescape(word)).isEqualTo(name);
        }
        assertThatThrownBy(() -> KeptTriesCodec.unescape("a%2")).hasMessage("a broken escape at character 1 of \"a%2\"");
    }

    @Test
    void absorbingAddsTheCountsAndKeepsTriesUpToTheLimit() {
        KeptTries first = grown(1, 40);
        KeptTries second = grown(2, 40);
        KeptTries both = KeptTries.limitedTo(first.size() + 1);
        both.absorb(first);
        both.absorb(second);

        assertThat(both.size()).isEqualTo(first.size() + 1);
        assertThat(both.featuresSeen()).isGreaterThanOrEqualTo(Math.max(first.featuresSeen(), second.featuresSeen()));
    }

    @Test
    void aDamagedTextIsRefusedNamingItsSourceAndLine() {
        String text = grown(3, 30).encode();
        assertThatThrownBy(() -> KeptTries.decode("not a corpus\n", 10, "x.kept"))
                .hasMessage("kept-tries file x.kept does not start with \"sim-scaffold kept tries 1\", got \"not a corpus\"");
        String badDraw = text.replaceFirst("\ndraw (\\d+) ", "\ndraw $1 SOMETIMES ");
        assertThatThrownBy(() -> KeptTries.decode(badDraw, 10, "y.kept")).hasMessageStartingWith("kept-tries file y.kept line ")
                .hasMessageContaining("SOMETIMES");
        String lostDraw = text.replaceFirst("\ndraw 0 [^\n]*", "");
        assertThatThrownBy(() -> KeptTries.decode(lostDraw, 10, "z.kept")).hasMessageStartingWith("kept-tries file z.kept")
                .hasMessageContaining("global order");
        assertThatThrownBy(() -> KeptTries.decode(KeptTriesCodec.HEADER + "\nfirst x\n", 10, "w.kept"))
                .hasMessage("kept-tries file w.kept line 2: an entry of a try before any \"try\" line, got \"first x\"");
        assertThatThrownBy(() -> KeptTries.limitedTo(0)).hasMessage("corpusLimit must be >= 1, got 0");
    }
}
