/** Workloads of the history-checker benchmarks ({@code dev.simscaffold.bench.HistoryBench}). */
package dev.simscaffold.bench.history;
