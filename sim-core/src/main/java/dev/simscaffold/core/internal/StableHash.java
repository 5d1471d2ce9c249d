package dev.simscaffold.core.internal;

import dev.simscaffold.core.Api;
import java.nio.charset.StandardCharsets;

/**
 * A 64-bit streaming hash whose value is defined here, byte for byte, so that fingerprints and
 * derived seeds are identical on every JDK and platform. It is FNV-1a over the fed bytes with a
 * SplitMix64 finaliser for avalanche; it never consults {@code Object.hashCode}.
 */
@Api(Api.Status.INTERNAL)
public final class StableHash {

    private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private long state = FNV_OFFSET_BASIS;

    /**
     * Feeds one byte.
     *
     * @param b the byte
     * @return this hash, for chaining
     */
    public StableHash putByte(int b) {
        state ^= b & 0xff;
        state *= FNV_PRIME;
        return this;
    }

    /**
     * Feeds eight bytes, most significant first.
     *
     * @param value the value
     * @return this hash, for chaining
     */
    public StableHash putLong(long value) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            putByte((int) (value >>> shift));
        }
        return this;
    }

    /**
     * Feeds a string as its UTF-8 length followed by its UTF-8 bytes, so that consecutive strings can
     * never run into each other ({@code "ab","c"} and {@code "a","bc"} hash differently).
     *
     * @param text the string
     * @return this hash, for chaining
     */
    public StableHash putString(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        putLong(bytes.length);
        for (byte b : bytes) {
            putByte(b);
        }
        return this;
    }

    /**
     * Returns the hash of everything fed so far; feeding may continue afterwards.
     *
     * @return the 64-bit hash
     */
    public long value() {
        return mix64(state);
    }

    /**
     * Hashes one string.
     *
     * @param text the string
     * @return its stable 64-bit hash
     */
    public static long of(String text) {
        return new StableHash().putString(text).value();
    }

    /**
     * The SplitMix64 finaliser (Stafford's variant 13): a bijection on 64-bit values with full avalanche.
     *
     * @param z the input
     * @return the mixed value
     */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
