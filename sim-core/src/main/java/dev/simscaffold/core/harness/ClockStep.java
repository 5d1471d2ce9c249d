package dev.simscaffold.core.harness;

/**
 * The detail of a {@code TIME_ADVANCED} or {@code CLOCK_JUMP} trace event: how far the clock moved. A
 * value, not text, so a fingerprint-only trace hashes one number and renders {@code "+5"} only when read.
 *
 * @param ticks how many ticks the clock moved forward
 */
record ClockStep(long ticks) {

    @Override
    public String toString() {
        return "+" + ticks;
    }
}
