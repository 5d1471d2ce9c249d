/**
 * The record of a run. A {@link dev.simscaffold.core.trace.Trace} collects
 * {@link dev.simscaffold.core.trace.TraceEvent}s and folds them into a fingerprint that is equal for
 * two runs exactly when they did the same thing, on any JDK; a
 * {@link dev.simscaffold.core.trace.Coverage} says what a run exercised, and a
 * {@link dev.simscaffold.core.trace.CoverageTally} sums it over runs.
 */
package dev.simscaffold.core.trace;
