package dev.simscaffold.core.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.time.LogicalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fingerprint hashes what a value is, not how it prints: these tests pin that a record is read
 * field by field (its {@code toString()} never consulted), that enums count by name, that distinct values
 * never share words by accident of rendering, and that the one text fallback still refuses identity hashes.
 */
class CanonicalEncodingTest {

    /** Prints a different text every time, so a fingerprint that used the text would differ run to run. */
    record Restless(int id, String name) {
        private static int printed;

        @Override
        public String toString() {
            return "Restless#" + printed++;
        }
    }

    record Pair(int a, int b) {
    }

    record Tagged(Phase phase, List<Integer> values, long big, boolean flag, double ratio, char c) {
    }

    enum Phase { ELECT, LEAD }

    /** A plain class: only its text can describe it. */
    static final class Plain {
        private final String text;

        Plain(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Keeps {@code Object.toString()}, which prints an identity hash code. */
    static final class Opaque {
    }

    record Holder(Opaque inside) {
    }

    private static long fingerprintOf(Object value) {
        Trace trace = new Trace(TraceMode.FINGERPRINT_ONLY, 4);
        trace.recordValue(LogicalTime.of(3), EventKind.DELIVER, "node-0", "node-1", value, "");
        return trace.fingerprint();
    }

    @Test
    void aRecordIsHashedByItsComponentsNeverByItsText() {
        assertThat(fingerprintOf(new Restless(1, "a"))).isEqualTo(fingerprintOf(new Restless(1, "a")));
        assertThat(fingerprintOf(new Restless(1, "a"))).isNotEqualTo(fingerprintOf(new Restless(2, "a")))
                .isNotEqualTo(fingerprintOf(new Restless(1, "b")));
    }

    @Test
    void componentOrderAndEveryComponentTypeCount() {
        assertThat(fingerprintOf(new Pair(1, 2))).isNotEqualTo(fingerprintOf(new Pair(2, 1)));
        Tagged base = new Tagged(Phase.ELECT, List.of(1, 2), 5L, false, 0.5, 'x');
        assertThat(fingerprintOf(base)).isEqualTo(fingerprintOf(new Tagged(Phase.ELECT, List.of(1, 2), 5L, false, 0.5, 'x')));
        for (Tagged other : List.of(new Tagged(Phase.LEAD, List.of(1, 2), 5L, false, 0.5, 'x'),
                new Tagged(Phase.ELECT, List.of(2, 1), 5L, false, 0.5, 'x'), new Tagged(Phase.ELECT, List.of(1, 2, 3), 5L, false, 0.5, 'x'),
                new Tagged(Phase.ELECT, List.of(1, 2), 6L, false, 0.5, 'x'), new Tagged(Phase.ELECT, List.of(1, 2), 5L, true, 0.5, 'x'),
                new Tagged(Phase.ELECT, List.of(1, 2), 5L, false, 0.25, 'x'), new Tagged(Phase.ELECT, List.of(1, 2), 5L, false, 0.5, 'y'))) {
            assertThat(fingerprintOf(other)).as("%s against %s", other, base).isNotEqualTo(fingerprintOf(base));
        }
    }

    @Test
    void valuesThatPrintAlikeStillDifferByKind() {
        assertThat(fingerprintOf("7")).isNotEqualTo(fingerprintOf(7));
        assertThat(fingerprintOf(7)).isEqualTo(fingerprintOf(7L)).as("integral boxes are one kind, as their text is");
        assertThat(fingerprintOf("ELECT")).isNotEqualTo(fingerprintOf(Phase.ELECT));
        assertThat(fingerprintOf(null)).isNotEqualTo(fingerprintOf("null"));
    }

    @Test
    void anEnumConstantIsItsClassSimpleNameAndItsNameNotItsOrdinal() {
        CanonicalEncoding encoding = new CanonicalEncoding();
        FingerprintHash hash = new FingerprintHash();
        encoding.encodeEvent(Phase.LEAD, hash);
        FingerprintHash expected = new FingerprintHash();
        expected.put(FingerprintHash.mix(FingerprintHash.stringWord("Phase"), FingerprintHash.stringWord("LEAD")));
        assertThat(hash.value()).isEqualTo(expected.value());
    }

    @Test
    void otherClassesAreHashedByTheirText() {
        assertThat(fingerprintOf(new Plain("x"))).isEqualTo(fingerprintOf(new Plain("x"))).isNotEqualTo(fingerprintOf(new Plain("y")));
    }

    @Test
    void aValueThatWouldPrintAnIdentityHashIsRefusedInsideARecordToo() {
        assertThatThrownBy(() -> fingerprintOf(new Holder(new Opaque()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Opaque.class.getName());
        assertThatThrownBy(() -> fingerprintOf(new int[] {1})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[I");
        Trace full = Trace.full();
        assertThatThrownBy(() -> full.recordValue(LogicalTime.ZERO, EventKind.STEP, "a", "", new int[] {1}, ""))
                .as("both modes refuse the same values").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stringWordsSeparateLengthsAndPacking() {
        List<String> texts = List.of("", "a", "ab", "abc", "abcd", "abcde", "a\0", "\0a", "abcd\0", "é", "e\u0301");
        for (String a : texts) {
            for (String b : texts) {
                assertThat(FingerprintHash.stringWord(a) == FingerprintHash.stringWord(b)).as("'%s' vs '%s'", a, b).isEqualTo(a.equals(b));
            }
        }
    }
}
