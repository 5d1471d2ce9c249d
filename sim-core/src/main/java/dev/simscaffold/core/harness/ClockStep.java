package dev.simscaffold.core.harness;

/**
 * The detail of a {@code TIME_ADVANCED} or {@code CLOCK_JUMP} trace event: how far the clock moved. A
 * value, not text, so a fingerprint-only trace hashes one number and renders {@code "+5"} only when read.
 *
 * @param ticks how many ticks the clock moved forward
 */
record ClockStep(long ticks) {

    /** Steps of up to this many ticks are made once: a harness advancing one tick at a time allocates none. */
    private static final int SHARED = 64;
    private static final ClockStep[] STEPS = new ClockStep[SHARED + 1];

    static {
        for (int i = 0; i <= SHARED; i++) {
            STEPS[i] = new ClockStep(i);
        }
    }

    /** The step of {@code ticks} ticks, shared when small; a record of one number, so sharing is invisible. */
    static ClockStep of(long ticks) {
        return ticks >= 0 && ticks <= SHARED ? STEPS[(int) ticks] : new ClockStep(ticks);
    }

    @Override
    public String toString() {
        return "+" + ticks;
    }
}
