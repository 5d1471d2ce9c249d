/**
 * What model checking needs from the code it checks: a node's state as a value ({@link
 * dev.simscaffold.core.model.ModelKeyed}), so that runs reaching the same state are explored once.
 */
package dev.simscaffold.core.model;
