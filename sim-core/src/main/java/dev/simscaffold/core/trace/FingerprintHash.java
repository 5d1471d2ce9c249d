package dev.simscaffold.core.trace;

import dev.simscaffold.core.internal.StableHash;

/**
 * The 64-bit word stream behind a {@link Trace} fingerprint, defined here bit for bit so that it is the
 * same on every JDK. Each fed word {@code w} updates the state as
 * {@code state = (rotateLeft(state, 29) ^ w) * 0x9e3779b97f4a7c15}, a bijection of the state for a given
 * word, so two streams that differ in a single word never collide; {@link #value()} applies the
 * SplitMix64 finaliser. One multiply per word instead of FNV's one per byte is what makes fingerprinting
 * cheap enough to leave on in every run.
 *
 * <p>A string is fed as one word, its {@linkplain #stringWord(String) string word}: its length and its
 * UTF-16 code units, four to a word, through the same mixer from a separate start, then finalised. Names
 * that recur in every event (actors, peers, notes) are looked up in a small cache keyed by
 * {@code String.hashCode()}, whose value the Java specification defines; the cache only saves work and
 * never changes a word.
 */
final class FingerprintHash {

    private static final long MULTIPLIER = 0x9e3779b97f4a7c15L;
    private static final long START = 0x5a3c_e1f0_7d2b_9e61L;
    private static final long STRING_START = 0x243f_6a88_85a3_08d3L;
    private static final int CACHE_SIZE = 256;

    private final String[] cachedNames = new String[CACHE_SIZE];
    private final long[] cachedWords = new long[CACHE_SIZE];
    private long state = START;

    /** Feeds one 64-bit word. */
    void put(long word) {
        state = mix(state, word);
    }

    /** Feeds a recurring string (an actor, a peer, a note) as its string word, through the cache. */
    void putName(String name) {
        state = mix(state, nameWord(name));
    }

    /**
     * The string word of a recurring name. The hit path is a few instructions, so the JIT inlines it into
     * every event; a miss (a name not seen yet, or its slot taken by another name) is a call of its own.
     */
    private long nameWord(String name) {
        int slot = name.hashCode() & (CACHE_SIZE - 1);
        return cachedNames[slot] == name ? cachedWords[slot] : missedName(name, slot);
    }

    private long missedName(String name, int slot) {
        long word = name.equals(cachedNames[slot]) ? cachedWords[slot] : stringWord(name);
        cachedNames[slot] = name;
        cachedWords[slot] = word;
        return word;
    }

    /** Returns the fingerprint of every word fed so far; feeding may continue afterwards. */
    long value() {
        return StableHash.mix64(state);
    }

    static long mix(long state, long word) {
        return (Long.rotateLeft(state, 29) ^ word) * MULTIPLIER;
    }

    /**
     * The one word a string contributes: its length, then its UTF-16 code units packed four to a word
     * (the first in the low 16 bits), mixed from a start of its own and finalised.
     */
    static long stringWord(String text) {
        int length = text.length();
        long h = mix(STRING_START, length);
        int i = 0;
        for (; i + 4 <= length; i += 4) {
            h = mix(h, text.charAt(i) | (long) text.charAt(i + 1) << 16
                    | (long) text.charAt(i + 2) << 32 | (long) text.charAt(i + 3) << 48);
        }
        if (i < length) {
            long rest = 0;
            for (int shift = 0; i < length; i++, shift += 16) {
                rest |= (long) text.charAt(i) << shift;
            }
            h = mix(h, rest);
        }
        return StableHash.mix64(h);
    }

    /** The mixer's state, for a checkpoint; the name cache is only a cache and is not part of it. */
    long state() {
        return state;
    }

    /** Puts the mixer back to a state {@link #state()} returned. */
    void state(long value) {
        state = value;
    }
}
