/**
 * What model checking needs from the code it checks: a node's state as a value ({@link
 * dev.simscaffold.core.model.ModelKeyed}), so that runs reaching the same state are explored once, and
 * optionally a copy of the node ({@link dev.simscaffold.core.model.ModelCopyable}), so that a state can be
 * restored from a snapshot instead of being replayed from the start; a key that keeps the node's absolute times
 * apart ({@link dev.simscaffold.core.model.TimedKey}), so that states that differ only by a shift in time are
 * one ({@link dev.simscaffold.core.model.ModelTime}).
 */
package dev.simscaffold.core.model;
