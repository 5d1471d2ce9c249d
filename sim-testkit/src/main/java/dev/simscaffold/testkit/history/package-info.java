/**
 * Assertions and properties over client histories: {@code assertThat(history).isLinearizable(model)} (also
 * through {@code SimAssertions.assertThat}), and {@link dev.simscaffold.testkit.history.HistoryProperties},
 * which runs a history-producing simulation as a property, so that a non-linearizable history shrinks,
 * inputs and faults together, like any other failure; and
 * {@link dev.simscaffold.testkit.history.TxnHistoryAssert} for list-append transaction histories.
 */
package dev.simscaffold.testkit.history;
