package dev.simscaffold.core.check;

/**
 * When a shrink candidate's run is abandoned before it ends: as soon as it can no longer be adopted. A
 * candidate is adopted only if it has fewer units ({@link ActionCount}: client operations plus injected
 * actions), or as many and simpler choices (fewer non-simplest choices, then fewer choices,
 * {@link ChoiceSequence#compareTo}); all three counts only grow while a run draws, so a run that already has
 * more units than the best, or as many units and more non-simplest choices, or as many of both and more
 * choices, has lost; running it on to its end (a passing Raft run draws three times as much as the failure
 * it is shrunk from) would change nothing but the time. That cut is exact: the units are counted as their
 * spans close, a lower bound of what {@link ActionCount#of} counts at the end.
 *
 * <p>A run with fewer units, or as many and fewer non-simplest choices, can still win by failing later, so it runs on up to a
 * {@link #CEILING_FACTOR ceiling}: a candidate that has not failed within that many times the best case's
 * choices is abandoned as not failing. That cut is a choice, as Hypothesis' shrinker abandons any run
 * longer than its best case: a failure that needs more than twice as long a run as a simpler-looking one
 * already found is rarely the simpler explanation, and the time it saves is most of a protocol shrink.
 *
 * @param units the best case's client operations plus injected actions ({@link ActionCount#total()})
 * @param nonSimplest the best case's count of non-simplest choices
 * @param size the best case's count of choices
 * @param ceiling the count of choices past which every run is abandoned
 */
record ShrinkCutoff(int units, int nonSimplest, int size, int ceiling) {

    /** How many times the best case's choices a run may draw while it still has fewer decisions. */
    static final int CEILING_FACTOR = 2;

    /** The cut-off for runs that try to beat {@code best}, a case of {@code units} units, never past {@code maxChoices}. */
    static ShrinkCutoff against(int units, ChoiceSequence best, int maxChoices) {
        long ceiling = Math.min((long) maxChoices, (long) CEILING_FACTOR * best.size());
        return new ShrinkCutoff(units, best.nonSimplest(), best.size(), (int) Math.max(ceiling, best.size()));
    }

    /** Whether a run that has {@code runUnits} units so far and made {@code active} non-simplest choices of {@code total} has lost. */
    boolean lost(int runUnits, int active, int total) {
        if (total > ceiling || runUnits > units) {
            return true;
        }
        return runUnits == units && (active > nonSimplest || (active == nonSimplest && total > size));
    }
}
