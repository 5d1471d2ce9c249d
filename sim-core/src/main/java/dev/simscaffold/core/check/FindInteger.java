package dev.simscaffold.core.check;

import java.util.function.LongPredicate;

/**
 * Exponential probing, as in Hypothesis' {@code find_integer}: the largest {@code n} for which a monotone
 * predicate holds, in {@code O(log n)} calls. It tries 1 to 4 one by one (most runs of deletable spans
 * are short, and a failed first probe must stay cheap), then doubles until the predicate fails and
 * bisects between the last success and the first failure.
 */
final class FindInteger {

    private static final long LINEAR_LIMIT = 4;

    private FindInteger() {
    }

    /**
     * Returns the largest {@code n >= 0} found with {@code holds(n)}, assuming {@code holds(0)}; the
     * predicate is never asked about 0 nor about values past {@code max}.
     */
    static long largest(long max, LongPredicate holds) {
        if (max < 1 || !holds.test(1)) {
            return 0;
        }
        long lo = 1;
        for (long n = 2; n <= LINEAR_LIMIT; n++) {
            if (n > max || !holds.test(n)) {
                return lo;
            }
            lo = n;
        }
        long hi = lo + 1;
        while (hi <= max && holds.test(hi)) {
            lo = hi;
            if (hi > max / 2) {
                return lo == max ? lo : bisect(lo, max + 1, holds);
            }
            hi *= 2;
        }
        return bisect(lo, Math.min(hi, max + 1), holds);
    }

    /** Bisects between {@code lo}, which holds, and {@code hi}, which does not (or lies past the maximum). */
    private static long bisect(long lo, long hi, LongPredicate holds) {
        long good = lo;
        long bad = hi;
        while (bad - good > 1) {
            long mid = good + (bad - good) / 2;
            if (holds.test(mid)) {
                good = mid;
            } else {
                bad = mid;
            }
        }
        return good;
    }
}
