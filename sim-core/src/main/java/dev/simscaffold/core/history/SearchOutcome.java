package dev.simscaffold.core.history;

import java.util.List;

/**
 * What one search over one partition found.
 *
 * @param verdict what it concluded
 * @param steps the search steps it took
 * @param linearization when {@link Verdict#OK}, the operations in an order the model accepts (indeterminate
 *        operations that never took effect are left out); otherwise empty
 */
record SearchOutcome<I, O>(Verdict verdict, long steps, List<Operation<I, O>> linearization) {
}
