/** Helpers shared by sim-core's packages; not exported, not API. */
package dev.simscaffold.core.internal;
