/**
 * sim-core: the deterministic simulation kernel. It has no dependencies beyond {@code java.base}, so
 * production code can depend on it for {@link dev.simscaffold.core.time.LogicalTime} without dragging
 * a test framework along.
 */
module dev.simscaffold.core {
    exports dev.simscaffold.core;
    exports dev.simscaffold.core.time;
    exports dev.simscaffold.core.random;
    exports dev.simscaffold.core.fault;
    exports dev.simscaffold.core.expect;
    exports dev.simscaffold.core.harness;
    exports dev.simscaffold.core.net;
    exports dev.simscaffold.core.nemesis;
    exports dev.simscaffold.core.buggify;
    exports dev.simscaffold.core.trace;
    exports dev.simscaffold.core.check;
    exports dev.simscaffold.core.explore;
    exports dev.simscaffold.core.explore.guided;
    exports dev.simscaffold.core.storage;
    exports dev.simscaffold.core.storage.nio;
    exports dev.simscaffold.core.history;
    exports dev.simscaffold.core.model;
    exports dev.simscaffold.core.graph;
}
