package dev.simscaffold.core.check;

import dev.simscaffold.core.Api;

/**
 * Which {@link dev.simscaffold.core.random.RandomSource} primitive made a choice. The shrinker only
 * compares and edits values of the same kind, and replay uses the kind to bring a value back into range.
 */
@Api(Api.Status.EXPERIMENTAL)
public enum ChoiceKind {
    /** {@code nextLong()}: 64 raw bits, simpler when smaller as an unsigned number. */
    RAW,
    /** {@code nextLong(bound)}: a value in {@code [0, bound)}, simpler toward 0. */
    BOUNDED,
    /** {@code nextBoolean(p)}: 1 for true and 0 for false, simpler toward false. */
    BOOLEAN
}
