package dev.simscaffold.core.history;

/**
 * The bounds of one check, as {@link HistoryChecker} configures them.
 *
 * @param maxSteps the most steps one partition's search may take
 * @param explain whether a violation is explained at all
 * @param explanationSteps the steps the whole explanation may take, over all its searches
 */
record CheckLimits(long maxSteps, boolean explain, long explanationSteps) {
}
