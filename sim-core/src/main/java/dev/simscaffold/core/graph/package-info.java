/**
 * Graph algorithms that more than one checker needs, written once: the history checkers look for cycles in
 * transaction dependency graphs, the model checker for lassos in its state graph.
 */
package dev.simscaffold.core.graph;
