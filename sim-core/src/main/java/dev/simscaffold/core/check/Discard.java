package dev.simscaffold.core.check;

/**
 * Abandons the current test case without judging the property: the run overran its choice limit, or a
 * filter rejected too many values in a row. It is an {@link Error} so that a property's own
 * {@code catch (Exception e)} cannot swallow it; the runner counts it and moves on.
 */
final class Discard extends Error {

    private static final long serialVersionUID = 1L;

    Discard(String reason) {
        super(reason, null, false, false);
    }

    static Discard overrun(int maxChoices) {
        return new Discard("the test case overran its limit of " + maxChoices + " choices");
    }

    static Discard cannotWin(ShrinkCutoff cutoff) {
        return new Discard("the shrink candidate can no longer be simpler than the best case (" + cutoff.units() + " units, "
                + cutoff.nonSimplest() + " non-simplest of " + cutoff.size() + " choices)");
    }

    static Discard tooDeep(int maxDepth) {
        return new Discard("generation went deeper than maxDepth=" + maxDepth
                + " stack frames: bound the recursion with Gen.recursive, or raise maxDepth");
    }

    static Discard stackOverflow(String origin) {
        return new Discard("generation overflowed the stack in " + origin
                + ": bound the recursion with Gen.recursive (or Gen.lazy with a depth budget)");
    }

    static Discard assumption(String label) {
        return new Discard("assumption \"" + label + "\" did not hold");
    }

    static Discard filterExhausted(String label, int attempts) {
        return new Discard("filter \"" + label + "\" rejected " + attempts + " values in a row");
    }
}
